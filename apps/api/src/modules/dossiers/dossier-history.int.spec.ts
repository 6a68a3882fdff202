import { ChainDriver } from '../../testing/chain-driver';
import { useTestApp, type TestApp } from '../../testing/test-app';

describe('GET /api/dossiers/{id}/history', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;
  let dossierId: string;

  beforeAll(async () => {
    ({ t, driver } = app);
    dossierId = await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'BK-CT-TINH' });
    await driver.step(dossierId);
  });

  const history = async (username: string, id = dossierId) => t.http().get(`/api/dossiers/${id}/history`).set(await t.as(username));

  it('returns the timeline of the detail view, in order, and says the chain verifies', async () => {
    const response = await history('clerk.07234');
    expect(response.status).toBe(200);
    const detail = await t.http().get(`/api/dossiers/${dossierId}`).set(await t.as('clerk.07234')).expect(200);
    expect(response.body).toEqual({ dossierId, verified: true, events: detail.body.history.events });
    const stored = await t.dataSource.query('SELECT id::text AS id, type FROM audit_events WHERE dossier_id = $1 ORDER BY id', [dossierId]);
    expect(response.body.events.map((event: { id: string; type: string }) => [event.id, event.type])).toEqual(stored.map((row: { id: string; type: string }) => [row.id, row.type]));
    expect(response.body.events.map((event: { type: string }) => event.type)).toEqual(expect.arrayContaining(['dossier.created', 'process.started', 'task.completed']));
  });

  it.each([['clerk.215'], ['supervisor.24'], ['admin']])('lets %s, who may read the dossier, see it', async (username) => {
    expect((await history(username)).status).toBe(200);
  });

  it.each([
    ['a clerk of another commune', 'clerk.07246', undefined],
    ['a supervisor of another province', 'supervisor.01', undefined],
    ['an id that does not exist', 'admin', '00000000-0000-4000-8000-000000000000'],
    ['a malformed id', 'admin', 'not-a-dossier'],
  ])('answers 404 DOSSIER_NOT_FOUND to %s', async (_what, username, id) => {
    const response = await history(username, id);
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 404, code: 'DOSSIER_NOT_FOUND' });
    expect(response.body.events).toBeUndefined();
  });

  it('says the chain no longer verifies once an event was changed behind the application’s back', async () => {
    const victim = await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'BK-CT-TINH' });
    expect((await history('clerk.07234', victim)).body.verified).toBe(true);
    await t.dataSource.transaction(async (manager) => {
      await manager.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete');
      await manager.query(
        `UPDATE audit_events SET payload = jsonb_set(payload, '{title}', '"Tiêu đề đã bị sửa"')
         WHERE id = (SELECT min(id) FROM audit_events WHERE dossier_id = $1)`,
        [victim],
      );
      await manager.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete');
    });
    const tampered = await history('clerk.07234', victim);
    expect(tampered.status).toBe(200);
    expect(tampered.body.verified).toBe(false);
    expect(tampered.body.events[0].payload.title).toBe('Tiêu đề đã bị sửa');
    const detail = await t.http().get(`/api/dossiers/${victim}`).set(await t.as('clerk.07234')).expect(200);
    expect(detail.body.history.verified).toBe(false);
    // The trigger is back: the log refuses changes again, and the untouched dossier still verifies.
    await expect(t.dataSource.query('UPDATE audit_events SET actor = $2 WHERE dossier_id = $1', [victim, 'x'])).rejects.toThrow(/append-only/);
    expect((await history('clerk.07234')).body.verified).toBe(true);
  });
});
