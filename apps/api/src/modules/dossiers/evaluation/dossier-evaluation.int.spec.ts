import { POVERTY_MOVEMENT_2016_2020 } from '@vinh-danh/domain';
import { lineOf, meetingAll, movementId, type ListLine } from '../../../testing/criteria-lines';
import { useTestApp, type TestApp } from '../../../testing/test-app';
import type { ChainDriver } from '../../../testing/chain-driver';

describe('criteria values on nominees and POST /api/dossiers/{id}/evaluation', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;
  let movement: string;

  beforeAll(async () => {
    ({ t, driver } = app);
    movement = await movementId(t, POVERTY_MOVEMENT_2016_2020.code);
  });

  async function create(localityCode: string, awardTypeCode: string, nominees: ListLine[], extra: Record<string, unknown> = { movementId: movement }) {
    return t
      .http()
      .post('/api/dossiers')
      .set(await t.as(`clerk.${localityCode}`))
      .send({ awardTypeCode, localityId: await driver.localityId(localityCode), title: 'Đề nghị khen thưởng tổng kết phong trào "Chung tay vì người nghèo"', nominees, ...extra });
  }

  async function evaluate(dossierId: string, username = 'clerk.07234') {
    return t.http().post(`/api/dossiers/${dossierId}/evaluation`).set(await t.as(username));
  }

  async function rows() {
    const [{ dossiers, nominees, events }] = await t.dataSource.query(
      'SELECT (SELECT count(*)::int FROM dossiers) AS dossiers, (SELECT count(*)::int FROM nominees) AS nominees, (SELECT count(*)::int FROM audit_events) AS events',
    );
    return { dossiers, nominees, events };
  }

  it('stores each line with its subject type and criteria values, in NFC', async () => {
    const note = 'Biên bản xác minh của thôn Đồng Tâm'.normalize('NFD');
    const village = lineOf('village', 'Thôn Đồng Tâm', { THON_HO_TAI_NGHEO: { value: 0, evidence: [note] } });
    const created = await create('07246', 'GK-CT-XA', [village]);
    expect(created.status).toBe(201);
    expect(created.body.movementId).toBe(movement);
    expect(created.body.nominees[0]).toMatchObject({ kind: 'collective', subjectType: 'village', criteria: { THON_HO_TAI_NGHEO: { value: 0, evidence: [note.normalize('NFC')] } } });
    const [stored] = await t.dataSource.query('SELECT subject_type, criteria FROM nominees WHERE dossier_id = $1', [created.body.id]);
    expect(stored.subject_type).toBe('village');
    expect(Object.keys(stored.criteria).sort()).toEqual(Object.keys(village.criteria ?? {}).sort());
  });

  it('holds a commune to its area class: a 4%/yr reduction passes in area II (Cầu Gồ) and fails in area III (Canh Nậu)', async () => {
    const commune = (name: string) => lineOf('commune', name, { XA_GIAM_TY_LE_HO_NGHEO: { value: 4, evidence: ['Báo cáo rà soát hộ nghèo 2016-2020'] } });
    const areaII = await create('07234', 'BK-CT-TINH', [commune('Thị trấn Cầu Gồ')]);
    const areaIII = await create('07246', 'BK-CT-TINH', [commune('Xã Canh Nậu')]);
    const passed = await evaluate(areaII.body.id, 'clerk.07234');
    expect(passed.status).toBe(200);
    expect(passed.body).toMatchObject({ criteriaChecked: true, areaClass: 'II', atFinalReview: true, ok: true, quotas: [] });
    expect(passed.body.nominees[0]).toMatchObject({ subjectType: 'commune', errors: [], warnings: [] });
    const failed = await evaluate(areaIII.body.id, 'clerk.07246');
    expect(failed.body).toMatchObject({ areaClass: 'III', ok: false });
    expect(failed.body.nominees[0].errors).toEqual([
      { criterion: 'XA_GIAM_TY_LE_HO_NGHEO', code: 'BELOW_MIN', message: 'Mức giảm tỷ lệ hộ nghèo bình quân: 4 %/năm, chưa đạt mức tối thiểu 5 %/năm (khu vực III)' },
    ]);
  });

  it('reports warnings apart from errors: a "yes" without evidence, a standard not answered', async () => {
    const household = lineOf('household', 'Hộ bà Hoàng Thị Mai', { HGD_VON_VAY_DUNG_MUC_DICH: { value: true }, HGD_SANG_KIEN_SAN_XUAT: {} });
    const created = await create('07234', 'GK-CT-XA', [household]);
    const response = await evaluate(created.body.id);
    expect(response.body.ok).toBe(true);
    expect(response.body.nominees[0].errors).toEqual([]);
    expect(response.body.nominees[0].warnings.map((warning: { criterion: string; code: string }) => `${warning.criterion}:${warning.code}`)).toEqual([
      'HGD_SANG_KIEN_SAN_XUAT:NOT_ATTESTED',
      'HGD_VON_VAY_DUNG_MUC_DICH:EVIDENCE_MISSING',
    ]);
  });

  it('lets anyone who may read the dossier evaluate it, writes nothing, and hides it from others', async () => {
    const created = await create('07234', 'GK-CT-XA', [lineOf('individual', 'Ông Trần Văn Bình', { CB_NAM_HOAN_THANH_XUAT_SAC: { value: 1, evidence: ['Quyết định công nhận 2019'] } })]);
    const before = await rows();
    for (const reader of ['supervisor.24', 'chairman.215', 'admin']) {
      const response = await evaluate(created.body.id, reader);
      expect(response.status).toBe(200);
      expect(response.body.nominees[0].errors.map((error: { code: string }) => error.code)).toEqual(['BELOW_MIN']);
    }
    for (const stranger of ['clerk.07246', 'supervisor.01']) {
      const response = await evaluate(created.body.id, stranger);
      expect([response.status, response.body.code]).toEqual([404, 'DOSSIER_NOT_FOUND']);
    }
    const unknown = await evaluate('00000000-0000-4000-8000-000000000000');
    expect([unknown.status, unknown.body.code]).toEqual([404, 'DOSSIER_NOT_FOUND']);
    expect(await rows()).toEqual(before);
  });

  it('does not criteria-check a dossier with no movement', async () => {
    const created = await create('07234', 'GK-CT-XA', [{ kind: 'individual', fullName: 'Ông Lê Văn Cường', criteria: { BAT_KY: { value: true } } }], {});
    expect(created.status).toBe(201);
    const response = await evaluate(created.body.id);
    expect(response.body).toMatchObject({ movementId: null, criteriaChecked: false, ok: true, quotas: [] });
    expect(response.body.nominees[0]).toMatchObject({ errors: [], warnings: [] });
  });

  it.each([
    ['an unknown movement', { movementId: '00000000-0000-4000-8000-000000000000' }, [lineOf('household', 'Hộ ông A')], 404, 'MOVEMENT_NOT_FOUND'],
    ['a criterion of another subject type', {}, [lineOf('household', 'Hộ ông A'), { kind: 'household', fullName: 'Hộ ông B', criteria: { XA_GIAM_TY_LE_HO_NGHEO: { value: 6 } } }], 422, 'CRITERIA_VALUES_INVALID'],
    ['a yes/no where a number is measured', {}, [{ kind: 'household', fullName: 'Hộ ông C', criteria: meetingAll('household', { HGD_THU_NHAP_SAU_2_NAM: { value: true } }) }], 422, 'CRITERIA_VALUES_INVALID'],
    ['a measured value that is text', {}, [{ kind: 'household', fullName: 'Hộ ông D', criteria: { HGD_THU_NHAP_SAU_2_NAM: { value: 'gấp đôi' } } }], 400, 'VALIDATION_FAILED'],
    ['evidence that is not a list', {}, [{ kind: 'household', fullName: 'Hộ ông E', criteria: { HGD_VON_VAY_DUNG_MUC_DICH: { value: true, evidence: 'có' } } }], 400, 'VALIDATION_FAILED'],
    ['a malformed criterion code', {}, [{ kind: 'household', fullName: 'Hộ ông F', criteria: { '../x': { value: 1 } } }], 400, 'VALIDATION_FAILED'],
    ['an individual declared as a commune', {}, [{ kind: 'individual', fullName: 'Ông G', subjectType: 'commune' }], 400, 'VALIDATION_FAILED'],
  ])('refuses a list with %s and writes nothing', async (_what, extra, nominees, status, code) => {
    const before = await rows();
    const response = await create('07234', 'GK-CT-XA', nominees as ListLine[], { movementId: movement, ...extra });
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(typeof response.body.message).toBe('string');
    expect(await rows()).toEqual(before);
  });

  it('names the line and the criterion when values do not fit the movement', async () => {
    const response = await create('07234', 'GK-CT-XA', [lineOf('household', 'Hộ ông A'), { kind: 'household', fullName: 'Hộ ông B', criteria: { XA_GIAM_TY_LE_HO_NGHEO: { value: 6 } } }]);
    expect(response.body.details.nominees).toEqual([
      { position: 2, fullName: 'Hộ ông B', errors: [{ criterion: 'XA_GIAM_TY_LE_HO_NGHEO', code: 'UNKNOWN_CRITERION', message: 'Phong trào không có tiêu chuẩn XA_GIAM_TY_LE_HO_NGHEO cho đối tượng này' }] },
    ]);
  });
});
