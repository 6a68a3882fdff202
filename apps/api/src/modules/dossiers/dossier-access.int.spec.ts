import { ChainDriver } from '../../testing/chain-driver';
import { useTestApp, type TestApp } from '../../testing/test-app';

describe('dossiers: who may see and file what', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;
  let dossierId: string;

  beforeAll(async () => {
    ({ t, driver } = app);
    dossierId = await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'BK-CT-TINH', title: 'Khen thưởng hộ thoát nghèo bền vững' });
  });

  it.each([
    ['clerk.07234', true],
    ['clerk.215', true],
    ['supervisor.24', true],
    ['secretary.TW', true],
    ['clerk.07246', false],
    ['supervisor.01', false],
    ['admin.HN-THANHXUAN', false],
  ])('%s may read it: %s', async (username, allowed) => {
    const headers = await t.as(username);
    const single = await t.http().get(`/api/dossiers/${dossierId}`).set(headers);
    expect(single.status).toBe(allowed ? 200 : 404);
    if (!allowed) expect(single.body.code).toBe('DOSSIER_NOT_FOUND');
    const list = await t.http().get('/api/dossiers').set(headers).expect(200);
    expect(list.body.items.some((item: { id: string }) => item.id === dossierId)).toBe(allowed);
    const tasks = await t.http().get(`/api/tasks?scope=all&dossierId=${dossierId}`).set(headers).expect(200);
    expect(tasks.body.total > 0).toBe(allowed);
  });

  it('keeps Vietnamese text exactly as typed, with its diacritics', async () => {
    const body = (await t.http().get(`/api/dossiers/${dossierId}`).set(await t.as('clerk.07234')).expect(200)).body;
    expect(body.title).toBe('Khen thưởng hộ thoát nghèo bền vững');
    expect(body.nominees[0].fullName).toBe('Ông Nguyễn Văn Ấn 1');
    expect(body.code).toMatch(/^HS-\d{4}-\d{6}$/);
  });

  it('shows the history as a hash chain that verifies', async () => {
    const body = (await t.http().get(`/api/dossiers/${dossierId}`).set(await t.as('supervisor.24')).expect(200)).body;
    expect(body.history.verified).toBe(true);
    expect(body.history.events.map((event: { type: string }) => event.type).slice(0, 3)).toEqual(['dossier.created', 'process.started', 'task.opened']);
  });

  it('refuses to change the audit log, even from inside the database', async () => {
    await expect(t.dataSource.query(`UPDATE audit_events SET actor = 'someone-else' WHERE dossier_id = $1`, [dossierId])).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_events WHERE dossier_id = $1`, [dossierId])).rejects.toThrow(/append-only/);
  });

  const create = async (username: string, body: Record<string, unknown>) => t.http().post('/api/dossiers').set(await t.as(username)).send(body);

  it.each([
    ['a clerk filing for another commune', 'clerk.07246', { localityCode: '07234' }, 403, 'DOSSIER_FORBIDDEN'],
    ['a supervisor', 'supervisor.07234', { localityCode: '07234' }, 403, 'DOSSIER_FORBIDDEN'],
    ['an unknown award type', 'clerk.07234', { localityCode: '07234', awardTypeCode: 'HUAN-CHUONG-XYZ' }, 404, 'AWARD_TYPE_NOT_FOUND'],
    ['a district Giấy khen after the district tier ended', 'clerk.07234', { localityCode: '07234', awardTypeCode: 'GK-CT-HUYEN' }, 422, 'AWARD_NOT_AVAILABLE'],
    ['an empty list of nominees', 'clerk.07234', { localityCode: '07234', nominees: [] }, 400, 'VALIDATION_FAILED'],
    ['a nominee of an unknown kind', 'clerk.07234', { localityCode: '07234', nominees: [{ kind: 'alien', fullName: 'X' }] }, 400, 'VALIDATION_FAILED'],
    ['a household for the Prime Minister’s Bằng khen', 'clerk.07234', { localityCode: '07234', awardTypeCode: 'BK-TTG' }, 422, 'NOMINEE_NOT_ELIGIBLE'],
    ['a locality that does not exist', 'clerk.07234', { localityId: '00000000-0000-4000-8000-000000000000' }, 404, 'LOCALITY_NOT_FOUND'],
  ])('refuses %s', async (_what, username, input, status, code) => {
    const before = (await t.dataSource.query('SELECT count(*)::int AS n FROM dossiers'))[0].n;
    const { localityCode, ...rest } = input as { localityCode?: string } & Record<string, unknown>;
    const response = await create(username, {
      awardTypeCode: 'BK-CT-TINH',
      title: 'Đề nghị',
      nominees: [{ kind: 'household', fullName: 'Hộ bà Lê Thị Hoa' }],
      ...(localityCode ? { localityId: await driver.localityId(localityCode) } : {}),
      ...rest,
    });
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM dossiers'))[0].n).toBe(before);
  });

  it('starts a chain only once', async () => {
    const again = await t.http().post(`/api/dossiers/${dossierId}/submit`).set(await t.as('clerk.07234'));
    expect([again.status, again.body.code]).toEqual([409, 'DOSSIER_NOT_DRAFT']);
  });
});
