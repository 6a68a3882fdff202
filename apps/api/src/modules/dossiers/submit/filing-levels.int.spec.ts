import type { ChainDriver, OpenTask } from '../../../testing/chain-driver';
import { useTestApp, type TestApp } from '../../../testing/test-app';

/**
 * A dossier enters its chain at the level of the unit that filed it: a district proposing
 * its own officials, a province proposing for the Prime Minister's Bằng khen. The filing
 * unit's council votes and its chairman decides or signs the letter upward; the levels
 * below it never see the dossier.
 */
describe('dossiers filed above the commune', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;

  beforeAll(() => {
    ({ t, driver } = app);
  });

  /** Where each open step goes next, as `<elementId>@<account that may act>`. */
  const stepAndActor = async (task: OpenTask) => `${task.elementId}@${await driver.actorFor(task)}`;
  const nextSteps = async (id: string, count: number) => {
    const seen: string[] = [];
    for (let i = 0; i < count; i++) {
      const task = await driver.onlyOpenTask(id);
      seen.push(await stepAndActor(task));
      if (i < count - 1) await driver.step(id);
    }
    return seen;
  };
  const counts = async () =>
    (
      await t.dataSource.query(
        `SELECT (SELECT count(*)::int FROM dossiers) AS dossiers, (SELECT count(*)::int FROM audit_events) AS events,
                (SELECT count(*)::int FROM process_instances) AS instances, (SELECT count(*)::int FROM tasks) AS tasks`,
      )
    )[0];

  it('a district proposes its officials for the province chairman’s Bằng khen: district council → district chairman → province appraisal', async () => {
    const id = await driver.createAndSubmit({ localityCode: '215', awardTypeCode: 'BK-CT-TINH' });
    expect(await nextSteps(id, 3)).toEqual(['district_council@secretary.215', 'district_forward@chairman.215', 'province_appraise@clerk.24']);
    const visited = await driver.runToEnd(id);
    expect(visited).toEqual(['province_appraise', 'province_council', 'province_decide']);
    const dossier = await driver.dossier(id);
    expect(dossier).toMatchObject({ processKey: 'commendation-four-tier', status: 'closed', result: 'granted' });
    expect(dossier.tasks.filter((task: { elementId: string }) => task.elementId.startsWith('commune_'))).toEqual([]);
    expect(dossier.history.verified).toBe(true);
  });

  it('a district Giấy khen filed by the district is decided by its own chairman (before 1/7/2025)', async () => {
    const today = t.clock.now();
    t.clock.set('2025-03-03T02:00:00Z');
    try {
      const id = await driver.createAndSubmit({ localityCode: '215', awardTypeCode: 'GK-CT-HUYEN' });
      expect(await driver.runToEnd(id)).toEqual(['district_council', 'district_decide']);
      expect((await driver.dossier(id)).result).toBe('granted');
    } finally {
      t.clock.set(today);
    }
  });

  it('a province proposes for the Prime Minister’s Bằng khen: province council → province chairman → central', async () => {
    const id = await driver.createAndSubmit({ localityCode: '01', awardTypeCode: 'BK-TTG' });
    expect(await nextSteps(id, 3)).toEqual(['province_council@secretary.01', 'province_forward@chairman.01', 'central_appraise@clerk.TW']);
    expect(await driver.runToEnd(id)).toEqual(['central_appraise', 'central_council', 'central_submit']);
    expect(await driver.dossier(id)).toMatchObject({ processKey: 'commendation-two-tier', result: 'submitted' });
  });

  it('a province whose districts are in force grants its own Bằng khen on the four-tier chain, citing its decree', async () => {
    const id = await driver.createAndSubmit({ localityCode: '24', awardTypeCode: 'BK-CT-TINH' });
    const council = (await driver.dossier(id)).tasks[0];
    expect(council.legalBasis).toContain('Nghị định 98/2023/NĐ-CP');
    expect(await driver.runToEnd(id)).toEqual(['province_council', 'province_decide']);
    expect(await driver.dossier(id)).toMatchObject({ processKey: 'commendation-four-tier', result: 'granted' });
  });

  it('sends a dossier the province returns back to the district clerk that filed it', async () => {
    const id = await driver.createAndSubmit({ localityCode: '215', awardTypeCode: 'BK-CT-TINH' });
    await driver.step(id);
    await driver.step(id);
    const appraise = await driver.onlyOpenTask(id);
    await driver.completeOk(appraise, { outcome: 'return', comment: 'Bổ sung báo cáo thành tích của cá nhân' });
    const supplement = await driver.onlyOpenTask(id);
    expect(await stepAndActor(supplement)).toBe('district_supplement_for_province@clerk.215');
  });

  describe('bad input: nothing written', () => {
    const create = async (username: string, localityCode: string, awardTypeCode: string) =>
      t
        .http()
        .post('/api/dossiers')
        .set(await t.as(username))
        .send({ awardTypeCode, localityId: await driver.localityId(localityCode), title: 'Đề nghị khen thưởng', nominees: [{ kind: 'individual', fullName: 'Ông Trần Văn Bình' }] });

    it.each([
      ['a province, an award its communes grant', 'clerk.01', '01', 'GK-CT-XA', 'AWARD_NOT_AVAILABLE'],
      ['a province, an award its districts grant', 'clerk.24', '24', 'GK-CT-HUYEN', 'AWARD_NOT_AVAILABLE'],
      ['the central level, which proposes nothing upward', 'clerk.TW', 'TW', 'BK-TTG', 'ORIGIN_LEVEL_CANNOT_FILE'],
    ])('refuses %s (422)', async (_what, username, localityCode, awardTypeCode, code) => {
      const before = await counts();
      const response = await create(username, localityCode, awardTypeCode);
      expect([response.status, response.body.code]).toEqual([422, code]);
      expect(response.body.message).toMatch(/[àáảãạăâđêôơư]/);
      expect(await counts()).toEqual(before);
    });

    /** A draft moved under another unit, as if filed there before the rule or before the unit ended. */
    const draftAt = async (localityCode: string, awardTypeCode: string) => {
      const created = await create('clerk.01', '01', awardTypeCode);
      expect(created.status).toBe(201);
      await t.dataSource.query(`UPDATE dossiers SET locality_id = $2 WHERE id = $1`, [created.body.id, await driver.localityId(localityCode)]);
      return created.body.id as string;
    };

    it.each([
      ['at the central level', 'TW', 'clerk.TW', 'ORIGIN_LEVEL_CANNOT_FILE'],
      ['at a district that has ended (Quận Thanh Xuân, 30/6/2025)', '009', 'clerk.009', 'LOCALITY_CLOSED'],
    ])('refuses at submit a draft filed %s', async (_where, localityCode, username, code) => {
      const id = await draftAt(localityCode, 'BK-TTG');
      const before = await counts();
      const response = await t.http().post(`/api/dossiers/${id}/submit`).set(await t.as(username));
      expect([response.status, response.body.code]).toEqual([422, code]);
      expect(await counts()).toEqual(before);
      expect((await driver.dossier(id)).status).toBe('draft');
    });
  });
});
