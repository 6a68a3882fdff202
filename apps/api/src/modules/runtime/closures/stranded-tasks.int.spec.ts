import type { ChainDriver } from '../../../testing/chain-driver';
import { useTestApp, type TestApp } from '../../../testing/test-app';
import { ClosedUnitSweep, STRANDED_EVENT } from './closed-unit-sweep';

/**
 * A task left at a unit that ended with nobody to take it over: Phường Thượng Đình (00346)
 * was split on 1/7/2025 with no single successor, and its district (Quận Thanh Xuân) ended
 * that day too, so a step of the ward's own council has no office left on the dossier's
 * chain. The sweep must flag it once for supervisors and go on moving the other tasks.
 */
describe('the closed-unit sweep and tasks with nowhere to go', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;
  let sweep: ClosedUnitSweep;
  const ids = { stranded: '', movable: '' };

  const strandedEvents = async (dossierId: string) =>
    (await t.dataSource.query(`SELECT payload FROM audit_events WHERE dossier_id = $1 AND type = $2`, [dossierId, STRANDED_EVENT])) as Array<{
      payload: Record<string, unknown>;
    }>;
  const codeOf = async (localityId: string) => (await t.dataSource.query(`SELECT code FROM localities WHERE id = $1`, [localityId]))[0].code as string;

  beforeAll(async () => {
    ({ t, driver } = app);
    sweep = t.app.get(ClosedUnitSweep);
    // Filed in the last week of June 2025, the stranded one first, so it comes first in the sweep's order.
    t.clock.set('2025-06-23T02:00:00Z');
    ids.stranded = await driver.createAndSubmit({ localityCode: '00346', awardTypeCode: 'BK-CT-TINH' });
    t.clock.set('2025-06-23T03:00:00Z');
    // Thị trấn Nghèn was merged into Xã Can Lộc: its work has somewhere to go.
    ids.movable = await driver.createAndSubmit({ localityCode: 'HT-NGHEN', awardTypeCode: 'BK-CT-TINH' });
    t.clock.set('2025-07-01T02:00:00Z');
  });

  it('moves the task behind it in the same run, even with a batch of one, and flags the stranded task once', async () => {
    expect(await sweep.run(t.clock.now(), 1)).toBe(1);

    const movable = await driver.onlyOpenTask(ids.movable);
    expect([movable.elementId, await codeOf(movable.localityId)]).toEqual(['commune_council', '18406']);
    const stranded = await driver.onlyOpenTask(ids.stranded);
    expect([stranded.elementId, await codeOf(stranded.localityId)]).toEqual(['commune_council', '00346']);
    const [flag, ...more] = await strandedEvents(ids.stranded);
    expect(more).toEqual([]);
    expect(flag!.payload).toMatchObject({
      taskId: stranded.id,
      elementId: 'commune_council',
      level: 'commune',
      localityId: stranded.localityId,
      localityName: 'Phường Thượng Đình',
      reason: expect.stringContaining('cần quản trị hoặc giám sát'),
      legalBasis: expect.stringContaining('sắp xếp các đơn vị hành chính cấp xã năm 2025'),
    });
  });

  it('skips the flagged task in later runs, without flagging it again', async () => {
    expect(await sweep.run(t.clock.now(), 1)).toBe(0);
    expect(await t.fireDueTimers()).toBe(0);
    expect(await strandedEvents(ids.stranded)).toHaveLength(1);
  });

  it('shows the flag to the province supervisor in a history that still verifies', async () => {
    const history = (await t.http().get(`/api/dossiers/${ids.stranded}/history`).set(await t.as('supervisor.01')).expect(200)).body;
    expect(history.verified).toBe(true);
    expect(history.events.filter((event: { type: string }) => event.type === STRANDED_EVENT)).toHaveLength(1);
  });
});
