import { randomUUID } from 'node:crypto';
import type { ChainDriver } from '../../testing/chain-driver';
import { useTestApp, type TestApp } from '../../testing/test-app';
import type { BottleneckView, BottlenecksView } from './views/bottleneck-view';

/** That moment in Hà Nội (UTC+7). */
const vn = (dateTime: string): string => `${dateTime}+07:00`;
const hoursBetween = (from: string, to: string): number => (new Date(to).getTime() - new Date(from).getTime()) / 3_600_000;

/** PostgreSQL's percentile_cont: linear interpolation between the two nearest ranks. */
function percentileCont(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const below = sorted[Math.floor(position)] as number;
  const above = sorted[Math.ceil(position)] as number;
  return below + (above - below) * (position - Math.floor(position));
}

const SUBMITTED = vn('2026-03-02T09:00:00');
const NOW = vn('2026-03-12T09:00:00');
/** When each commune council was recorded (the dossier's first step, opened at SUBMITTED). */
const COUNCIL_DONE = {
  a: vn('2026-03-03T09:00:00'),
  b: vn('2026-03-04T09:00:00'),
  c: vn('2026-03-06T09:00:00'),
  // 01:00 on Saturday 7/3 in Hà Nội is still Friday 6/3 in UTC: a UTC day would count it on the 6th.
  g: vn('2026-03-07T01:00:00'),
  // After the council's five working days (due at the end of Monday 9/3): closed late.
  d: vn('2026-03-10T09:00:00'),
};
const wait = (key: keyof typeof COUNCIL_DONE) => hoursBetween(SUBMITTED, COUNCIL_DONE[key]);

describe('GET /api/monitoring/bottlenecks', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;
  const ids = { commune07246: '', district: '' };

  const get = async (username: string, query: Record<string, string> = {}) =>
    t.http().get('/api/monitoring/bottlenecks').query(query).set(await t.as(username));
  const bottlenecks = async (username: string, query: Record<string, string> = {}): Promise<BottlenecksView> => {
    const response = await get(username, query);
    expect(response.status).toBe(200);
    return response.body as BottlenecksView;
  };
  const rowOf = (view: BottlenecksView, elementId: string): BottleneckView => {
    const row = view.rows.find((candidate) => candidate.elementId === elementId);
    if (!row) throw new Error(`No row for ${elementId} in ${JSON.stringify(view.rows.map((r) => r.elementId))}`);
    return row;
  };
  const expectWaits = (row: BottleneckView, waits: number[]) => {
    expect(row.completed).toBe(waits.length);
    expect(row.medianWaitHours).toBeCloseTo(percentileCont(waits, 0.5), 2);
    expect(row.p90WaitHours).toBeCloseTo(percentileCont(waits, 0.9), 2);
  };

  async function stepAt(dossierId: string, at: string, expectedElement: string): Promise<void> {
    t.clock.set(at);
    expect((await driver.step(dossierId)).elementId).toBe(expectedElement);
  }

  /** A two-tier dossier in Hà Nội, January: returned for supplement, which times out (cancelled). */
  async function returnedAndTimedOut(): Promise<void> {
    t.clock.set(vn('2026-01-05T09:00:00'));
    const dossier = await driver.createAndSubmit({ localityCode: 'HN-THANHXUAN', awardTypeCode: 'BK-CT-TINH' });
    await stepAt(dossier, vn('2026-01-05T10:00:00'), 'commune_council');
    await stepAt(dossier, vn('2026-01-05T11:00:00'), 'commune_forward');
    t.clock.set(vn('2026-01-06T09:00:00'));
    await driver.completeOk(await driver.onlyOpenTask(dossier), { outcome: 'return', comment: 'Bổ sung báo cáo thành tích có xác nhận của phường' });
    expect((await driver.onlyOpenTask(dossier)).elementId).toBe('commune_supplement_for_province');
    t.clock.set(vn('2026-02-10T09:00:00'));
    expect(await t.fireDueTimers()).toBeGreaterThan(0);
    const statuses = await t.dataSource.query(`SELECT element_id, status FROM tasks WHERE dossier_id = $1 AND element_id = 'commune_supplement_for_province'`, [dossier]);
    expect(statuses).toEqual([{ element_id: 'commune_supplement_for_province', status: 'cancelled' }]);
  }

  beforeAll(async () => {
    ({ t, driver } = app);
    ids.commune07246 = await driver.localityId('07246');
    ids.district = await driver.localityId('215');
    await returnedAndTimedOut();

    // Commune Giấy khen: council (5 working days) → chairman's decision (5 working days).
    t.clock.set(SUBMITTED);
    const file = (code: string) => driver.createAndSubmit({ localityCode: code, awardTypeCode: 'GK-CT-XA', nominees: 1 });
    const dossiers = { a: await file('07234'), b: await file('07234'), c: await file('07234'), d: await file('07234'), e: await file('07234'), g: await file('07246') };
    for (const key of ['a', 'b', 'c', 'g', 'd'] as const) await stepAt(dossiers[key], COUNCIL_DONE[key], 'commune_council');
    t.clock.set(vn('2026-03-11T09:00:00'));
    await file('07234'); // f: its council opened yesterday, not overdue
    t.clock.set(NOW);

    // The premises the counts below rest on, read from the tasks themselves.
    const openTask = async (key: keyof typeof dossiers) => {
      const tasks = (await driver.dossier(dossiers[key])).tasks as Array<{ status: string; elementId: string; dueAt: string }>;
      const open = tasks.filter((task) => task.status === 'open');
      expect(open).toHaveLength(1);
      return open[0]!;
    };
    expect(await openTask('e')).toMatchObject({ elementId: 'commune_council', dueAt: new Date(vn('2026-03-09T23:59:59')).toISOString() });
    const overdueDecisions = [];
    for (const key of ['a', 'b', 'c', 'd', 'g'] as const) {
      const decide = await openTask(key);
      expect(decide.elementId).toBe('commune_decide');
      if (new Date(decide.dueAt) < new Date(NOW)) overdueDecisions.push(key);
    }
    expect(overdueDecisions).toEqual(['a', 'b']);
  });

  it("gives a commune supervisor its own commune's steps, worst first", async () => {
    const view = await bottlenecks('supervisor.07234');
    expect(view.asOf).toBe(new Date(NOW).toISOString());
    expect(view.rows.map((row) => [row.definitionKey, row.elementId])).toEqual([
      ['commendation-four-tier', 'commune_council'],
      ['commendation-four-tier', 'commune_decide'],
    ]);
    const council = rowOf(view, 'commune_council');
    expect(council).toMatchObject({ level: 'commune', name: 'Hội đồng TĐKT xã họp, biểu quyết đề nghị khen thưởng', open: 2, overdueOpen: 1, completedLate: 1, overdue: 2 });
    expectWaits(council, [wait('a'), wait('b'), wait('c'), wait('d')]);
    expect([council.medianWaitHours, council.p90WaitHours]).toEqual([72, 163.2]);
    expect(council.oldestOpenHours).toBe(240);
    // Ties on overdue (2 each) go to the step whose completions waited longest: the decision has none yet.
    expect(rowOf(view, 'commune_decide')).toEqual({
      definitionKey: 'commendation-four-tier',
      elementId: 'commune_decide',
      name: 'Chủ tịch UBND xã quyết định tặng Giấy khen',
      level: 'commune',
      open: 4,
      completed: 0,
      overdue: 2,
      overdueOpen: 2,
      completedLate: 0,
      medianWaitHours: null,
      p90WaitHours: null,
      oldestOpenHours: hoursBetween(COUNCIL_DONE.a, NOW),
    });
  });

  it("keeps a sibling commune's work apart, and adds it up for the district and province", async () => {
    const sibling = await bottlenecks('supervisor.07246');
    expect(rowOf(sibling, 'commune_council')).toMatchObject({ open: 0, overdueOpen: 0, completedLate: 0, oldestOpenHours: null });
    expectWaits(rowOf(sibling, 'commune_council'), [wait('g')]);
    expect(rowOf(sibling, 'commune_decide')).toMatchObject({ open: 1, completed: 0, overdueOpen: 0 });

    const province = await bottlenecks('supervisor.24');
    const council = rowOf(province, 'commune_council');
    expect(council).toMatchObject({ open: 2, overdueOpen: 1, completedLate: 1, oldestOpenHours: 240 });
    expectWaits(council, [wait('a'), wait('b'), wait('c'), wait('g'), wait('d')]);
    expect([council.medianWaitHours, council.p90WaitHours]).toEqual([96, 160]);
    expect(rowOf(province, 'commune_decide')).toMatchObject({ open: 5, overdueOpen: 2 });
    expect(province.rows).toHaveLength(2);

    expect((await bottlenecks('supervisor.215')).rows).toEqual(province.rows);
    expect((await bottlenecks('admin.24')).rows).toEqual(province.rows);
    expect((await bottlenecks('supervisor.24', { localityId: ids.commune07246 })).rows).toEqual(sibling.rows);
  });

  it('counts completions of the window only, by days in Vietnam, and leaves open work as it is now', async () => {
    const middle = await bottlenecks('supervisor.24', { from: '2026-03-04', to: '2026-03-06' });
    expect(middle).toMatchObject({ from: '2026-03-04', to: '2026-03-06' });
    expectWaits(rowOf(middle, 'commune_council'), [wait('b'), wait('c')]);
    expect(rowOf(middle, 'commune_council')).toMatchObject({ open: 2, overdueOpen: 1, completedLate: 0 });
    expect(rowOf(middle, 'commune_decide')).toMatchObject({ open: 5, overdueOpen: 2 });

    const fromSaturday = rowOf(await bottlenecks('supervisor.24', { from: '2026-03-07' }), 'commune_council');
    expectWaits(fromSaturday, [wait('g'), wait('d')]);
    expect(fromSaturday.completedLate).toBe(1);

    expectWaits(rowOf(await bottlenecks('supervisor.24', { to: '2026-03-03' }), 'commune_council'), [wait('a')]);
    // The same day as both ends: that whole day.
    expectWaits(rowOf(await bottlenecks('supervisor.24', { from: '2026-03-07', to: '2026-03-07' }), 'commune_council'), [wait('g')]);
  });

  it('filters by definition key, leaves cancelled tasks out and drops steps with nothing in the window', async () => {
    const hanoi = await bottlenecks('supervisor.01');
    expect(hanoi.rows.map((row) => [row.elementId, row.open, row.completed]).sort()).toEqual([
      ['commune_council', 0, 1],
      ['commune_forward', 0, 1],
      ['province_appraise', 0, 1],
    ]);
    expectWaits(rowOf(hanoi, 'province_appraise'), [hoursBetween(vn('2026-01-05T11:00:00'), vn('2026-01-06T09:00:00'))]);
    expect((await bottlenecks('supervisor.01', { from: '2026-03-01' })).rows).toEqual([]);
    expect((await bottlenecks('supervisor.01', { definitionKey: 'commendation-four-tier' })).rows).toEqual([]);

    const everywhere = await bottlenecks('admin');
    expect(new Set(everywhere.rows.map((row) => row.definitionKey))).toEqual(new Set(['commendation-four-tier', 'commendation-two-tier']));
    const twoTier = await bottlenecks('admin', { definitionKey: 'commendation-two-tier' });
    expect(twoTier.definitionKey).toBe('commendation-two-tier');
    expect(twoTier.rows).toEqual(hanoi.rows);
  });

  it.each([
    ['a clerk', 'clerk.07234', {}, 403, 'MONITORING_FORBIDDEN'],
    ['a chairman', 'chairman.24', {}, 403, 'MONITORING_FORBIDDEN'],
    ['a council secretary of the centre', 'secretary.TW', {}, 403, 'MONITORING_FORBIDDEN'],
    ['a commune supervisor asking for its sibling', 'supervisor.07234', { localityId: 'commune07246' }, 403, 'MONITORING_LOCALITY_FORBIDDEN'],
    ['a commune supervisor asking for its district', 'supervisor.07246', { localityId: 'district' }, 403, 'MONITORING_LOCALITY_FORBIDDEN'],
    ['another province', 'admin.01', { localityId: 'district' }, 403, 'MONITORING_LOCALITY_FORBIDDEN'],
    ['a unit that does not exist', 'supervisor.24', { localityId: 'unknown' }, 404, 'LOCALITY_NOT_FOUND'],
    ['a locality id that is no uuid', 'supervisor.24', { localityId: '07234' }, 400, 'VALIDATION_FAILED'],
    ['a flow never deployed', 'supervisor.24', { definitionKey: 'commendation-five-tier' }, 404, 'PROCESS_DEFINITION_NOT_FOUND'],
    ['a day without its leading zero', 'supervisor.24', { from: '2026-3-07' }, 400, 'VALIDATION_FAILED'],
    ['a day that does not exist', 'supervisor.24', { to: '2026-02-30' }, 400, 'VALIDATION_FAILED'],
    ['a range that ends before it starts', 'supervisor.24', { from: '2026-03-07', to: '2026-03-06' }, 400, 'DATE_RANGE_INVALID'],
    ['an unknown parameter', 'supervisor.24', { localityCode: '07234' }, 400, 'VALIDATION_FAILED'],
  ] as Array<[string, string, Record<string, string>, number, string]>)('refuses %s', async (_case, username, query, status, code) => {
    const localityIds: Record<string, string> = { commune07246: ids.commune07246, district: ids.district, unknown: randomUUID() };
    const resolved = Object.fromEntries(Object.entries(query).map(([name, value]) => [name, name === 'localityId' ? (localityIds[value] ?? value) : value]));
    const response = await get(username, resolved);
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(response.body.message).toMatch(/[à-ỹ]/);
  });
});
