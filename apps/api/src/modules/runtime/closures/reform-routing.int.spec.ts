import type { OpenTask } from '../../../testing/chain-driver';
import { listingCsv } from '../../../testing/locality-listings';
import { useTestApp, type TestApp } from '../../../testing/test-app';
import type { ChainDriver } from '../../../testing/chain-driver';

/**
 * Dossiers in flight across the 2025 reform. Hà Tĩnh's Thị trấn Nghèn and Huyện Can Lộc end
 * on 30/6/2025 (Nghèn is merged into Xã Can Lộc, 18406); Yên Thế (215) is kept in force in
 * the demo data, so Cầu Gồ's dossiers still climb through it until an admin closes it.
 */
describe('routing across the end of the district tier', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;
  const ids = { atDistrictCouncil: '', atCommuneCouncil: '', cauGo: '', districtAward: '', draft: '' };
  const LAST_JUNE_WEEK = '2025-06-23T02:00:00Z';
  const FIRST_OF_JULY = '2025-07-01T02:00:00Z';

  type HistoryEvent = { type: string; payload: Record<string, unknown> };
  const history = async (id: string) =>
    (await t.http().get(`/api/dossiers/${id}/history`).set(await t.as('admin')).expect(200)).body as { verified: boolean; events: HistoryEvent[] };
  const tasksOf = async (id: string) => (await driver.dossier(id)).tasks as Array<OpenTask & { status: string }>;
  const codeOf = async (localityId: string) => (await t.dataSource.query(`SELECT code FROM localities WHERE id = $1`, [localityId]))[0].code as string;
  const stepUntil = async (id: string, elementId: string) => {
    for (let guard = 0; (await driver.onlyOpenTask(id)).elementId !== elementId; guard++) {
      if (guard > 10) throw new Error(`${elementId} never opened`);
      await driver.step(id);
    }
  };

  beforeAll(async () => {
    ({ t, driver } = app);
    t.clock.set(LAST_JUNE_WEEK);
    ids.atDistrictCouncil = await driver.createAndSubmit({ localityCode: 'HT-NGHEN', awardTypeCode: 'BK-CT-TINH' });
    await stepUntil(ids.atDistrictCouncil, 'district_council');
    ids.atCommuneCouncil = await driver.createAndSubmit({ localityCode: 'HT-NGHEN', awardTypeCode: 'BK-CT-TINH' });
    ids.cauGo = await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'BK-CT-TINH' });
    await stepUntil(ids.cauGo, 'district_council');
    ids.districtAward = await driver.createAndSubmit({ localityCode: 'HT-NGHEN', awardTypeCode: 'GK-CT-HUYEN' });
    await stepUntil(ids.districtAward, 'district_appraise');
    const draft = await t
      .http()
      .post('/api/dossiers')
      .set(await t.as('clerk.HT-NGHEN'))
      .send({ awardTypeCode: 'BK-CT-TINH', localityId: await driver.localityId('HT-NGHEN'), title: 'Đề nghị khen thưởng lập trước ngày sắp xếp', nominees: [{ kind: 'individual', fullName: 'Bà Trần Thị Hoa' }] })
      .expect(201);
    ids.draft = draft.body.id;

    // The four-tier chain before 1/7/2025, with the district's end armed at its last day.
    expect((await driver.dossier(ids.atDistrictCouncil)).processKey).toBe('commendation-four-tier');
    const [closing] = await t.dataSource.query(
      `SELECT due_at FROM timer_jobs WHERE dossier_id = $1 AND status = 'pending' AND element_id = 'district_council_unit_closed'`,
      [ids.atDistrictCouncil],
    );
    expect(new Date(closing.due_at).toISOString()).toBe('2025-06-30T17:00:00.000Z');

    t.clock.set(FIRST_OF_JULY);
    await t.fireDueTimers();
  });

  it('skips the district steps of a dossier waiting at the district council, with the reason in its history', async () => {
    const tasks = await tasksOf(ids.atDistrictCouncil);
    const council = tasks.find((task) => task.elementId === 'district_council')!;
    expect(council.status).toBe('cancelled');
    const open = tasks.filter((task) => task.status === 'open');
    expect(open.map((task) => task.elementId)).toEqual(['province_appraise']);
    expect(await codeOf(open[0].localityId)).toBe('42');
    expect(tasks.some((task) => task.elementId === 'district_forward')).toBe(false);

    const { verified, events } = await history(ids.atDistrictCouncil);
    expect(verified).toBe(true);
    const skipped = events.filter((event) => event.type === 'task.skipped');
    expect(skipped.map((event) => event.payload.elementId)).toEqual(['district_council']);
    expect(skipped[0].payload.legalBasis).toMatch(/Luật Tổ chức chính quyền địa phương số 72\/2025\/QH15/);
    const rerouted = events.find((event) => event.type === 'dossier.rerouted')!;
    expect(rerouted.payload).toMatchObject({ skippedLevel: 'district', skippedUnit: { code: '443', validTo: '2025-06-30' }, interruptedTasks: [council.name] });
    expect((rerouted.payload.nextTasks as Array<{ name: string }>).map((task) => task.name)).toEqual([open[0].name]);
  });

  it('moves an open commune task of a merged commune to its successor, which reads and acts on the dossier', async () => {
    const id = ids.atCommuneCouncil;
    const council = await driver.onlyOpenTask(id);
    expect([council.elementId, await codeOf(council.localityId)]).toEqual(['commune_council', '18406']);
    const transferred = (await history(id)).events.find((event) => event.type === 'task.transferred')!;
    expect(transferred).toMatchObject({ payload: { taskId: council.id, toLocalityId: council.localityId, fromLocalityId: await driver.localityId('HT-NGHEN') } });
    expect(transferred.payload.legalBasis).toMatch(/Ủy ban Thường vụ Quốc hội/);

    // The successor's officials read the dossier filed under Nghèn, which keeps its unit.
    const read = await t.http().get(`/api/dossiers/${id}`).set(await t.as('clerk.18406')).expect(200);
    expect(read.body.localityId).toBe(await driver.localityId('HT-NGHEN'));
    const listed = await t.http().get('/api/dossiers?pageSize=200').set(await t.as('clerk.18406')).expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(id);
    // Another commune's clerk still learns nothing of it.
    await t.http().get(`/api/dossiers/${id}`).set(await t.as('clerk.07246')).expect(404);

    await driver.step(id); // secretary.18406 records the vote
    const forward = await driver.onlyOpenTask(id);
    expect([forward.elementId, await codeOf(forward.localityId)]).toEqual(['commune_forward', '18406']);
    await driver.step(id); // chairman.18406 forwards: the district is gone, the province takes it
    const next = await driver.onlyOpenTask(id);
    expect([next.elementId, await codeOf(next.localityId)]).toEqual(['province_appraise', '42']);
    expect((await tasksOf(id)).some((task) => task.level === 'district')).toBe(false);
    const rerouted = (await history(id)).events.filter((event) => event.type === 'dossier.rerouted');
    expect(rerouted).toHaveLength(1);
    expect(rerouted[0].payload).toMatchObject({ skippedLevel: 'district', interruptedTasks: [] });
  });

  it('still routes a Cầu Gồ dossier through Yên Thế, which is in force', async () => {
    const council = await driver.onlyOpenTask(ids.cauGo);
    expect([council.elementId, await codeOf(council.localityId)]).toEqual(['district_council', '215']);
    await stepUntil(ids.cauGo, 'province_appraise');
    const visited = (await tasksOf(ids.cauGo)).map((task) => `${task.elementId}@${task.status}`);
    expect(visited).toEqual(expect.arrayContaining(['district_council@completed', 'district_forward@completed', 'province_appraise@open']));
    expect((await history(ids.cauGo)).events.some((event) => event.type === 'dossier.rerouted' || event.type === 'task.skipped')).toBe(false);
  });

  it('ends a district Giấy khen whose district ended before deciding: there is no authority left to grant it', async () => {
    const dossier = await driver.dossier(ids.districtAward);
    expect([dossier.status, dossier.result, dossier.resultLabel]).toEqual(['closed', 'authority-ended', 'Hết thẩm quyền khen thưởng cấp huyện']);
    const types = (await history(ids.districtAward)).events.map((event) => event.type);
    expect(types).toEqual(expect.arrayContaining(['task.skipped', 'dossier.rerouted', 'process.ended']));
  });

  it('runs a draft of a merged commune submitted after the reform on the two-tier chain, at the successor', async () => {
    const submitted = await t.http().post(`/api/dossiers/${ids.draft}/submit`).set(await t.as('clerk.HT-NGHEN')).expect(200);
    expect(submitted.body.processKey).toBe('commendation-two-tier');
    const council = await driver.onlyOpenTask(ids.draft);
    expect([council.elementId, await codeOf(council.localityId)]).toEqual(['commune_council', '18406']);
    const transferred = (await history(ids.draft)).events.filter((event) => event.type === 'task.transferred');
    expect(transferred.map((event) => event.payload.toLocalityId)).toEqual([council.localityId]);
  });

  it('moves a district step on at once when an admin closes the district', async () => {
    const id = await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'BK-CT-TINH' });
    await stepUntil(id, 'district_appraise');
    const listing = listingCsv([['215', 'Huyện Yên Thế', 'Huyện', '24', '', '15/09/2025']]);
    await t.http().post('/api/localities/import?dryRun=false').set(await t.as('admin')).attach('file', listing, 'yen-the.csv').expect(200);
    // Before its last day nothing moves, even when the scheduler polls.
    t.clock.set('2025-09-15T10:00:00Z');
    await t.fireDueTimers();
    expect((await driver.onlyOpenTask(id)).elementId).toBe('district_appraise');

    t.clock.set('2025-09-16T02:00:00Z');
    await t.fireDueTimers();
    const next = await driver.onlyOpenTask(id);
    expect([next.elementId, await codeOf(next.localityId)]).toEqual(['province_appraise', '24']);
    const events = (await history(id)).events;
    expect(events.find((event) => event.type === 'task.skipped')?.payload.elementId).toBe('district_appraise');
    // Not a 2025-reform ending: described, not cited.
    expect(events.find((event) => event.type === 'dossier.rerouted')?.payload.legalBasis).toMatch(/Huyện Yên Thế kết thúc hoạt động sau ngày 2025-09-15/);
  });
});
