import { Workbook } from 'exceljs';
import { approvingCompletion, type ChainDriver, type OpenTask } from '../../../testing/chain-driver';
import { advanceTo, fileDossier, footprint, outcomesByName, withoutTimes, THREE_LINES } from '../../../testing/nominee-outcome-fixtures';
import { useTestApp, type TestApp } from '../../../testing/test-app';
import { readNomineeOutcomes } from './nominee-outcomes.reader';

const AN = 'Ông Hoàng Văn Ấn';
const BINH = 'Bà Lương Thị Bình';
const HTX = 'Hợp tác xã chè Đồng Tâm';

/** Lines lifted to a higher award: the rules, carrying them upward, and the follow-up dossier filed for them. */
describe('nominees lifted to a higher award', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;

  beforeAll(() => {
    ({ t, driver } = app);
  });

  /** The next `count` steps of a dossier, approved one after another, as `<elementId>@<account that may act>`. */
  const stepsWithActors = async (id: string, count: number) => {
    const seen: string[] = [];
    for (let i = 0; i < count; i++) {
      const task = await driver.onlyOpenTask(id);
      seen.push(`${task.elementId}@${await driver.actorFor(task)}`);
      if (i < count - 1) await driver.completeOk(task, approvingCompletion(task));
    }
    return seen;
  };

  const provinceAward = () => fileDossier(t, driver, { localityCode: 'HN-THANHXUAN', awardTypeCode: 'BK-CT-TINH' });

  it.each([
    ['an award of the same level', AN, { toAwardCode: 'CSTD-TINH' }, 'NOMINEE_LIFT_NOT_HIGHER'],
    ['a lower award', AN, { toAwardCode: 'GK-CT-XA' }, 'NOMINEE_LIFT_NOT_HIGHER'],
    ['an award that does not exist', AN, { toAwardCode: 'HUAN-CHUONG-VANG' }, 'NOMINEE_LIFT_AWARD_UNKNOWN'],
    ['an award not given to a cooperative', HTX, { toAwardCode: 'CSTD-TOAN-QUOC' }, 'NOMINEE_LIFT_NOT_ELIGIBLE'],
    ['no award at all', AN, {}, 'NOMINEE_LIFT_AWARD_REQUIRED'],
  ])('refuses a lift to %s and writes nothing', async (_what, name, lift, code) => {
    const dossier = await provinceAward();
    const appraise = await advanceTo(driver, dossier.id, 'province_appraise');
    const before = await footprint(t, dossier.id);
    const response = await driver.complete(appraise, { outcome: 'approve', data: { nominees: [{ nomineeId: dossier.ids[name], status: 'lifted', ...lift }] } });
    expect([response.status, response.body.code]).toEqual([422, code]);
    expect(response.body.details).toEqual({ nomineeIds: [dossier.ids[name]] });
    expect(await footprint(t, dossier.id)).toEqual(before);
  });

  it('carries a lift upward and, once the province decides, files the lifted line to the central level as a draft', async () => {
    const dossier = await provinceAward();
    const forward = await advanceTo(driver, dossier.id, 'commune_forward');
    const reason = 'Thành tích tiêu biểu xuất sắc, đủ tiêu chuẩn Bằng khen của Thủ tướng Chính phủ';
    await driver.completeOk(forward, { outcome: 'forward', data: { nominees: [{ nomineeId: dossier.ids[AN], status: 'lifted', toAwardCode: 'BK-TTG', reason }] } });
    const decide = await advanceTo(driver, dossier.id, 'province_decide');
    await driver.completeOk(decide, { outcome: 'decide', data: { documentNumber: '2051/QĐ-UBND', signedOn: '2026-03-20' } });

    const byName = await outcomesByName(driver, dossier.id);
    expect(withoutTimes(byName[AN]!)).toEqual([
      { level: 'commune', status: 'lifted', toAwardCode: 'BK-TTG', reason },
      { level: 'province', status: 'lifted', toAwardCode: 'BK-TTG' },
    ]);
    expect(withoutTimes(byName[BINH]!)).toEqual([{ level: 'commune', status: 'approved' }, { level: 'province', status: 'approved' }]);

    const origin = await driver.dossier(dossier.id);
    expect(origin.result).toBe('granted');
    expect(origin.nominees.map((line: { fullName: string; awardCode: string }) => [line.fullName, line.awardCode])).toEqual([[AN, 'BK-TTG'], [BINH, 'BK-CT-TINH'], [HTX, 'BK-CT-TINH']]);
    expect(origin.followUps).toHaveLength(1);
    const [followUpRef] = origin.followUps;
    expect(followUpRef).toMatchObject({ awardTypeCode: 'BK-TTG', localityId: await driver.localityId('01'), status: 'draft' });
    expect(origin.history.events.map((event: { type: string }) => event.type)).toContain('dossier.follow-up.filed');

    // The province clerk reviews and submits it; the commune that proposed it does not see the province's dossier.
    const followUp = (await t.http().get(`/api/dossiers/${followUpRef.id}`).set(await t.as('clerk.01')).expect(200)).body;
    expect(followUp).toMatchObject({ originDossierId: dossier.id, awardTypeCode: 'BK-TTG', status: 'draft', processKey: null });
    expect(followUp.title).toContain(dossier.code);
    expect(followUp.nominees).toHaveLength(1);
    const [copied] = followUp.nominees;
    expect(copied).toMatchObject({ position: 1, kind: 'individual', fullName: AN, criteria: THREE_LINES[0]!.criteria, outcomes: [], awardCode: 'BK-TTG' });
    expect(copied.id).not.toBe(dossier.ids[AN]);
    expect(copied.previousOutcomes.map(({ decidedAt: _at, ...rest }: { decidedAt: string }) => rest)).toEqual([
      { level: 'commune', status: 'lifted', toAwardCode: 'BK-TTG', reason, dossierId: dossier.id, dossierCode: dossier.code },
      { level: 'province', status: 'lifted', toAwardCode: 'BK-TTG', dossierId: dossier.id, dossierCode: dossier.code },
    ]);
    expect(followUp.history.events[0]).toMatchObject({ type: 'dossier.created', payload: { originDossierId: dossier.id, nominees: 1 } });
    await t.http().get(`/api/dossiers/${followUpRef.id}`).set(await t.as('clerk.HN-THANHXUAN')).expect(404);
    expect((await t.http().get(`/api/dossiers/${dossier.id}`).set(await t.as('clerk.HN-THANHXUAN')).expect(200)).body.followUps).toEqual([]);

    // Submitted by the province clerk, it enters at the province's own council and goes on to central.
    await t.http().post(`/api/dossiers/${followUpRef.id}/submit`).set(await t.as('clerk.01')).expect(200);
    expect(await stepsWithActors(followUpRef.id, 3)).toEqual(['province_council@secretary.01', 'province_forward@chairman.01', 'central_appraise@clerk.TW']);
  });

  it('files a lift decided at the district under the district, whose clerk submits it to the province', async () => {
    // The district's Giấy khen could be granted until 30/6/2025.
    const today = t.clock.now();
    t.clock.set('2025-03-03T02:00:00Z');
    try {
      const dossier = await fileDossier(t, driver, { localityCode: '07234', awardTypeCode: 'GK-CT-HUYEN' });
      const decide = await advanceTo(driver, dossier.id, 'district_decide');
      await driver.completeOk(decide, { outcome: 'decide', data: { nominees: [{ nomineeId: dossier.ids[AN], status: 'lifted', toAwardCode: 'BK-CT-TINH' }] } });
      const [followUpRef] = (await driver.dossier(dossier.id)).followUps;
      expect(followUpRef).toMatchObject({ awardTypeCode: 'BK-CT-TINH', localityId: await driver.localityId('215'), status: 'draft' });

      await t.http().post(`/api/dossiers/${followUpRef.id}/submit`).set(await t.as('clerk.215')).expect(200);
      expect(await stepsWithActors(followUpRef.id, 3)).toEqual(['district_council@secretary.215', 'district_forward@chairman.215', 'province_appraise@clerk.24']);
      expect((await driver.dossier(followUpRef.id)).processKey).toBe('commendation-four-tier');
    } finally {
      t.clock.set(today);
    }
  });

  it('files one follow-up per lifted award when a commune decides its own Giấy khen', async () => {
    const dossier = await fileDossier(t, driver, { localityCode: 'HN-THANHXUAN', awardTypeCode: 'GK-CT-XA' });
    await driver.completeOk(await driver.onlyOpenTask(dossier.id), approvingCompletion(await driver.onlyOpenTask(dossier.id)));
    const decide = await driver.onlyOpenTask(dossier.id);
    expect(decide.elementId).toBe('commune_decide');
    await driver.completeOk(decide, {
      outcome: 'decide',
      data: {
        nominees: [
          { nomineeId: dossier.ids[AN], status: 'lifted', toAwardCode: 'BK-CT-TINH' },
          { nomineeId: dossier.ids[HTX], status: 'lifted', toAwardCode: 'BK-CT-TINH' },
          { nomineeId: dossier.ids[BINH], status: 'lifted', toAwardCode: 'CSTD-TINH' },
        ],
      },
    });
    const followUps = await t.dataSource.query(
      `SELECT d.award_type_code AS award, d.status, d.locality_id AS "localityId", array_agg(n.full_name ORDER BY n.position) AS names
         FROM dossiers d JOIN nominees n ON n.dossier_id = d.id WHERE d.origin_dossier_id = $1 GROUP BY d.id ORDER BY d.award_type_code`,
      [dossier.id],
    );
    const commune = await driver.localityId('HN-THANHXUAN');
    expect(followUps).toEqual([
      { award: 'BK-CT-TINH', status: 'draft', localityId: commune, names: [AN, HTX] },
      { award: 'CSTD-TINH', status: 'draft', localityId: commune, names: [BINH] },
    ]);
  });

  it('keeps a line the council would not lift under the dossier’s own award, and files nothing', async () => {
    const dossier = await provinceAward();
    const appraise = await advanceTo(driver, dossier.id, 'province_appraise');
    await driver.completeOk(appraise, { outcome: 'approve', data: { nominees: [{ nomineeId: dossier.ids[AN], status: 'lifted', toAwardCode: 'BK-TTG' }] } });
    const council = await driver.onlyOpenTask(dossier.id);
    // 8 of 10 reaches the province Bằng khen's 80% but not the 90% of the Prime Minister's.
    await driver.completeOk(council, { outcome: 'record', data: { members: 10, present: 10, votesFor: 10, nominees: [{ nomineeId: dossier.ids[AN], votesFor: 8 }] } });
    await driver.completeOk(await driver.onlyOpenTask(dossier.id), { outcome: 'decide' });
    const lines = await readNomineeOutcomes(t.dataSource.manager, dossier.id);
    expect(lines[0]).toMatchObject({
      latest: { level: 'province', status: 'approved', reason: 'Không đạt tỷ lệ phiếu bầu để đề nghị Bằng khen của Thủ tướng Chính phủ (8/10, 80%)' },
      awardCode: 'BK-CT-TINH',
    });
    expect((await footprint(t, dossier.id)).followUps).toBe(0);
  });

  it('exports each line’s latest outcome in the XLSX list', async () => {
    const dossier = await provinceAward();
    const choose = (task: OpenTask) =>
      task.elementId === 'province_appraise'
        ? { outcome: 'approve', data: { nominees: [{ nomineeId: dossier.ids[BINH], status: 'dropped', reason: 'Chưa nộp báo cáo thành tích' }, { nomineeId: dossier.ids[AN], status: 'lifted', toAwardCode: 'BK-TTG' }] } }
        : approvingCompletion(task);
    await advanceTo(driver, dossier.id, 'province_council', choose);
    const response = await t.http().get(`/api/dossiers/${dossier.id}/nominees.xlsx`).set(await t.as('clerk.01')).buffer(true).parse((res, callback) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => callback(null, Buffer.concat(chunks)));
    });
    expect(response.status).toBe(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(response.body);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('F5').value).toBe('Kết quả xét (cấp gần nhất)');
    expect([6, 7, 8].map((row) => sheet.getCell(`F${row}`).value)).toEqual([
      'Tỉnh: Đề nghị nâng mức khen thưởng: Bằng khen của Thủ tướng Chính phủ',
      'Tỉnh: Không đề nghị (Chưa nộp báo cáo thành tích)',
      'Tỉnh: Đồng ý',
    ]);
  });
});
