import { POVERTY_MOVEMENT_2016_2020, POVERTY_MOVEMENT_2021_2025 } from '@vinh-danh/domain';
import { lineOf, meetingAll, movementId, type ListLine } from '../../../testing/criteria-lines';
import { useTestApp, type TestApp } from '../../../testing/test-app';
import type { ChainDriver } from '../../../testing/chain-driver';

describe('POST /api/dossiers/{id}/submit against the movement’s criteria and quotas', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;
  let movement: string;

  beforeAll(async () => {
    ({ t, driver } = app);
    movement = await movementId(t, POVERTY_MOVEMENT_2016_2020.code);
  });

  async function draft(localityCode: string, awardTypeCode: string, nominees: ListLine[], movementOf = movement): Promise<string> {
    const response = await t
      .http()
      .post('/api/dossiers')
      .set(await t.as(`clerk.${localityCode}`))
      .send({ awardTypeCode, localityId: await driver.localityId(localityCode), title: 'Đề nghị khen thưởng tổng kết phong trào', movementId: movementOf, nominees });
    if (response.status !== 201) throw new Error(`create: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id as string;
  }

  async function submit(localityCode: string, dossierId: string) {
    return t.http().post(`/api/dossiers/${dossierId}/submit`).set(await t.as(`clerk.${localityCode}`));
  }

  /** What a refused submit must not have written. */
  async function footprint(dossierId: string) {
    const [row] = await t.dataSource.query(
      `SELECT d.status, d.submitted_at,
              (SELECT count(*)::int FROM process_instances WHERE dossier_id = d.id) AS instances,
              (SELECT count(*)::int FROM tasks WHERE dossier_id = d.id) AS tasks,
              (SELECT count(*)::int FROM audit_events WHERE dossier_id = d.id) AS events
         FROM dossiers d WHERE d.id = $1`,
      [dossierId],
    );
    return row;
  }

  async function expectRefused(localityCode: string, dossierId: string, code: string) {
    const before = await footprint(dossierId);
    const response = await submit(localityCode, dossierId);
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 422, code });
    expect(typeof response.body.message).toBe('string');
    expect(await footprint(dossierId)).toEqual(before);
    expect(before.status).toBe('draft');
    return response.body;
  }

  const households = (count: number, from = 1) => Array.from({ length: count }, (_, i) => lineOf('household', `Hộ ông Nguyễn Văn ${from + i}`));
  const village = (name: string) => lineOf('village', name);

  describe('5 to 10 households per district (Yên Thế III.2), counted over the lists sent up from the district', () => {
    it('starts with no household counted for Yên Thế', async () => {
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM nominees n JOIN dossiers d ON d.id = n.dossier_id WHERE d.movement_id = $1 AND d.status <> 'draft'`, [movement]);
      expect(n).toBe(0);
    });

    it('refuses the district’s own list of 4 households as below the minimum', async () => {
      const body = await expectRefused('215', await draft('215', 'BK-CT-TINH', households(4)), 'QUOTA_NOT_MET');
      expect(body.details.violations).toEqual([expect.objectContaining({ quota: 'MOI_HUYEN_5_DEN_10_HO', kind: 'under', count: 4, limit: 5, unitId: await driver.localityId('215') })]);
      expect(body.message).toContain('Huyện Yên Thế mới đề nghị 4');
    });

    it('refuses a commune list of 11 households as over the district’s maximum on its own', async () => {
      const body = await expectRefused('07234', await draft('07234', 'GK-CT-XA', households(11)), 'QUOTA_EXCEEDED');
      expect(body.details.violations).toEqual([expect.objectContaining({ kind: 'over', count: 11, limit: 10, unitId: await driver.localityId('215') })]);
    });

    it('lets communes send parts of the total up without a minimum, and refuses the part that takes the district past 10', async () => {
      expect((await submit('07234', await draft('07234', 'GK-CT-XA', households(3)))).status).toBe(200);
      const body = await expectRefused('07246', await draft('07246', 'GK-CT-XA', households(8, 10)), 'QUOTA_EXCEEDED');
      expect(body.details.violations).toEqual([expect.objectContaining({ count: 11, limit: 10, unitId: await driver.localityId('215') })]);
      expect(body.message).toBe('Toàn huyện chọn 5-10 hộ tiêu biểu: Huyện Yên Thế đã đề nghị 11 (hộ gia đình), vượt định mức tối đa 10');
      const accepted = await submit('07246', await draft('07246', 'GK-CT-XA', households(7, 20)));
      expect([accepted.status, accepted.body.status]).toEqual([200, 'in_progress']);
    });

    it('counts only lists on their way or granted, not drafts: the district is now full', async () => {
      await draft('07234', 'GK-CT-XA', households(1, 40));
      const body = await expectRefused('07234', await draft('07234', 'GK-CT-XA', households(1, 50)), 'QUOTA_EXCEEDED');
      // 10 on their way + this one; the draft beside it is not counted.
      expect(body.details.violations).toEqual([expect.objectContaining({ count: 11, limit: 10 })]);
    });
  });

  describe('one village per commune (Yên Thế III.2)', () => {
    it('refuses two villages of one commune in one list', async () => {
      const body = await expectRefused('07246', await draft('07246', 'GK-CT-XA', [village('Thôn Đồng Tâm'), village('Thôn Khe Hang')]), 'QUOTA_EXCEEDED');
      expect(body.details.violations).toEqual([expect.objectContaining({ quota: 'MOI_XA_MOT_THON', count: 2, limit: 1, unitId: await driver.localityId('07246') })]);
    });

    it('accepts one village, then refuses a second list with another village of the same commune', async () => {
      expect((await submit('07246', await draft('07246', 'GK-CT-XA', [village('Thôn Đồng Tâm')]))).status).toBe(200);
      await expectRefused('07246', await draft('07246', 'GK-CT-XA', [village('Thôn Khe Hang')]), 'QUOTA_EXCEEDED');
    });

    it('lets exactly one of two simultaneous lists take a commune’s only place', async () => {
      const first = await draft('07234', 'GK-CT-XA', [village('Tổ dân phố Hòa An')]);
      const second = await draft('07234', 'GK-CT-XA', [village('Tổ dân phố Tân Phong')]);
      const responses = await Promise.all([submit('07234', first), submit('07234', second)]);
      expect(responses.map((response) => response.status).sort()).toEqual([200, 422]);
      expect(responses.find((response) => response.status === 422)?.body.code).toBe('QUOTA_EXCEEDED');
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM dossiers WHERE id IN ($1, $2) AND status = 'in_progress'`, [first, second]);
      expect(n).toBe(1);
    });
  });

  describe('criteria', () => {
    it('refuses unmet criteria with the failing lines and their errors, and accepts the same list once they are met', async () => {
      const enterprise = (money: number, supported: number) =>
        lineOf('enterprise', 'Công ty TNHH Nông sản Yên Thế', { DN_GIA_TRI_HO_TRO: { value: money }, DN_SO_HO_THOAT_NGHEO: { value: supported } });
      const official = lineOf('individual', 'Bà Vũ Thị Hạnh', { CB_NAM_HOAN_THANH_XUAT_SAC: { value: 2, evidence: ['Quyết định công nhận 2018, 2019'] } });
      const failing = await draft('07234', 'BK-CT-TINH', [official, enterprise(150, 5)]);
      const body = await expectRefused('07234', failing, 'CRITERIA_NOT_MET');
      expect(body.details.nominees).toEqual([
        {
          nomineeId: expect.any(String),
          position: 2,
          fullName: 'Công ty TNHH Nông sản Yên Thế',
          errors: [expect.objectContaining({ criterion: 'DN_HO_TRO_GIAM_NGHEO', code: 'NO_ALTERNATIVE_MET' })],
        },
      ]);
      // Either alternative is enough: 150 million VND but 12 households a year.
      const passing = await submit('07234', await draft('07234', 'BK-CT-TINH', [official, enterprise(150, 12)]));
      expect(passing.status).toBe(200);
    });

    it.each([
      ['an official with one year of "hoàn thành xuất sắc nhiệm vụ"', lineOf('individual', 'Ông Đỗ Văn Hùng', { CB_NAM_HOAN_THANH_XUAT_SAC: { value: 1, evidence: ['x'] } }), 'CB_NAM_HOAN_THANH_XUAT_SAC:BELOW_MIN'],
      ['a household whose income did not triple over the period', lineOf('household', 'Hộ bà Lý Thị Hoa', { HGD_THU_NHAP_CA_GIAI_DOAN: { value: 2.5, evidence: ['x'] } }), 'HGD_THU_NHAP_CA_GIAI_DOAN:BELOW_MIN'],
      ['a household that answered "no" to a standard', lineOf('household', 'Hộ ông Ma Văn Lâm', { HGD_VON_VAY_DUNG_MUC_DICH: { value: false } }), 'HGD_VON_VAY_DUNG_MUC_DICH:NOT_MET'],
      ['a household with a measured value missing', { kind: 'household' as const, fullName: 'Hộ ông Hà Văn Sơn', criteria: meetingAll('household', { HGD_THU_NHAP_SAU_2_NAM: {} }) }, 'HGD_THU_NHAP_SAU_2_NAM:MISSING_VALUE'],
    ])('refuses %s', async (_what, line, error) => {
      const body = await expectRefused('07234', await draft('07234', 'GK-CT-XA', [line]), 'CRITERIA_NOT_MET');
      expect(body.details.nominees[0].errors.map((issue: { criterion: string; code: string }) => `${issue.criterion}:${issue.code}`)).toEqual([error]);
    });

    it('lets warnings through: a "yes" without evidence does not block', async () => {
      const line = lineOf('individual', 'Ông Phạm Văn Tú', { CB_SANG_KIEN_GIAM_NGHEO: { value: true } });
      const id = await draft('07234', 'GK-CT-XA', [line]);
      const evaluation = await t.http().post(`/api/dossiers/${id}/evaluation`).set(await t.as('clerk.07234')).expect(200);
      expect(evaluation.body.nominees[0].warnings.map((warning: { code: string }) => warning.code)).toEqual(['EVIDENCE_MISSING']);
      expect((await submit('07234', id)).status).toBe(200);
    });

    it('checks the 2021-2025 movement’s own criteria on the two-tier chain (a ward with a poor household left)', async () => {
      const later = await movementId(t, POVERTY_MOVEMENT_2021_2025.code);
      const ward = (poor: number) => ({ kind: 'collective' as const, subjectType: 'commune' as const, fullName: 'Phường Thanh Xuân', criteria: meetingAll('commune', { PHUONG_SO_HO_NGHEO: { value: poor, evidence: ['Báo cáo rà soát cuối năm 2025'] } }, POVERTY_MOVEMENT_2021_2025.criteria) });
      const body = await expectRefused('HN-THANHXUAN', await draft('HN-THANHXUAN', 'BK-CT-TINH', [ward(1)], later), 'CRITERIA_NOT_MET');
      expect(body.details.nominees[0].errors[0]).toMatchObject({ criterion: 'PHUONG_SO_HO_NGHEO', code: 'ABOVE_MAX' });
      const accepted = await submit('HN-THANHXUAN', await draft('HN-THANHXUAN', 'BK-CT-TINH', [ward(0)], later));
      expect([accepted.status, accepted.body.processKey]).toEqual([200, 'commendation-two-tier']);
    });

    it('checks the award type live: a subject type the admin removed since the list was made is an error', async () => {
      const award = {
        name: 'Bằng khen chuyên đề giảm nghèo',
        grantingLevel: 'province',
        grantedBy: 'Chủ tịch Ủy ban nhân dân cấp tỉnh',
        councilThresholdPercent: 80,
        subjectTypes: ['household', 'individual'],
        requiredDocuments: [{ code: 'submission', name: 'Tờ trình' }],
        processingLimits: [],
      };
      await t.http().post('/api/award-types').set(await t.as('admin.TW')).send({ code: 'BK-GIAM-NGHEO', ...award }).expect(201);
      const id = await draft('07234', 'BK-GIAM-NGHEO', [lineOf('individual', 'Bà Trần Thị Thu', { CB_NAM_HOAN_THANH_XUAT_SAC: { value: 3, evidence: ['x'] } })]);
      await t.http().put('/api/award-types/BK-GIAM-NGHEO').set(await t.as('admin.TW')).send({ ...award, subjectTypes: ['household'] }).expect(200);
      const evaluation = await t.http().post(`/api/dossiers/${id}/evaluation`).set(await t.as('clerk.07234')).expect(200);
      expect(evaluation.body.nominees[0].errors.map((error: { code: string }) => error.code)).toEqual(['NOT_ELIGIBLE_FOR_AWARD']);
      await expectRefused('07234', id, 'CRITERIA_NOT_MET');
    });
  });
});
