import { POVERTY_MOVEMENT_2016_2020, POVERTY_MOVEMENT_2021_2025 } from '@vinh-danh/domain';
import { useTestApp, type TestApp } from '../../testing/test-app';
import type { ChainDriver } from '../../testing/chain-driver';

describe('/api/movements', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;

  beforeAll(() => {
    ({ t, driver } = app);
  });

  /** What a refused write must leave as it was. */
  async function footprint() {
    const [{ movements }] = await t.dataSource.query('SELECT count(*)::int AS movements FROM movements');
    const [{ events }] = await t.dataSource.query(`SELECT count(*)::int AS events FROM audit_events WHERE type LIKE 'movement.%'`);
    const [{ digest }] = await t.dataSource.query(`SELECT coalesce(string_agg(md5(m::text), ',' ORDER BY id), '') AS digest FROM movements m`);
    return { movements, events, digest };
  }

  async function body(code: string, overrides: Record<string, unknown> = {}) {
    return {
      code,
      name: 'Phong trào thi đua "Hà Nội chung tay vì người nghèo" năm 2026',
      localityId: await driver.localityId('01'),
      legalBasis: 'Kế hoạch thử nghiệm',
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      midTermReviewOn: '2026-06-11',
      finalReviewOn: '2027-01-15',
      reviewBasis: 'Kế hoạch thử nghiệm, mục VI',
      criteria: POVERTY_MOVEMENT_2016_2020.criteria.filter((criterion) => criterion.subjectType === 'commune'),
      quotas: [{ code: 'MOI_XA_MOT_THON', label: 'Mỗi phường chọn 01 tổ dân phố tiêu biểu', subjectType: 'village', per: 'commune', max: 1, source: 'Kế hoạch thử nghiệm, mục III' }],
      ...overrides,
    };
  }

  it('lists both national "Chung tay vì người nghèo" movements with their review dates, criteria and quotas', async () => {
    const response = await t.http().get('/api/movements').set(await t.as('clerk.07234')).expect(200);
    const byCode = new Map((response.body as Array<{ code: string }>).map((movement) => [movement.code, movement]));
    expect(byCode.get(POVERTY_MOVEMENT_2016_2020.code)).toMatchObject({
      legalBasis: 'Quyết định số 1258/QĐ-TTg ngày 21/8/2017 của Thủ tướng Chính phủ',
      periodFrom: '2016-01-01',
      periodTo: '2020-12-31',
      midTermReviewOn: '2018-12-31',
      finalReviewOn: '2020-06-11',
      localityId: await driver.localityId('TW'),
      criteria: POVERTY_MOVEMENT_2016_2020.criteria,
      quotas: POVERTY_MOVEMENT_2016_2020.quotas,
    });
    expect(byCode.get(POVERTY_MOVEMENT_2021_2025.code)).toMatchObject({
      legalBasis: 'Quyết định số 666/QĐ-TTg ngày 02/6/2022 của Thủ tướng Chính phủ',
      midTermReviewOn: '2023-06-11',
      finalReviewOn: '2025-06-11',
      criteria: POVERTY_MOVEMENT_2021_2025.criteria,
      quotas: [],
    });
    const active2024 = await t.http().get('/api/movements?activeOn=2024-06-11').set(await t.as('clerk.07234')).expect(200);
    expect(active2024.body.map((movement: { code: string }) => movement.code)).toEqual([POVERTY_MOVEMENT_2021_2025.code]);
  });

  it('reads one movement by id, and answers 404 for an unknown or malformed id and 401 without a token', async () => {
    const list = await t.http().get('/api/movements').set(await t.as('supervisor.24')).expect(200);
    const one = await t.http().get(`/api/movements/${list.body[0].id}`).set(await t.as('supervisor.24')).expect(200);
    expect(one.body).toEqual(list.body[0]);
    for (const id of ['00000000-0000-4000-8000-000000000000', 'khong-co']) {
      const missing = await t.http().get(`/api/movements/${id}`).set(await t.as('supervisor.24'));
      expect([missing.status, missing.body.code]).toEqual([404, 'MOVEMENT_NOT_FOUND']);
    }
    const anonymous = await t.http().get('/api/movements');
    expect([anonymous.status, anonymous.body.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('lets an admin of the launching unit create a movement, stored in NFC with an audit event', async () => {
    const before = await footprint();
    const decomposed = 'Phong trào "Hà Nội chung tay vì người nghèo"'.normalize('NFD');
    const response = await t.http().post('/api/movements').set(await t.as('admin.01')).send(await body('HN-VNN-2026', { name: decomposed }));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ code: 'HN-VNN-2026', name: decomposed.normalize('NFC'), periodFrom: '2026-01-01', finalReviewOn: '2027-01-15' });
    expect(response.body.criteria.map((criterion: { code: string }) => criterion.code)).toEqual(['XA_KE_HOACH_GIAM_NGHEO', 'XA_GIAM_TY_LE_HO_NGHEO', 'XA_MO_HINH_DIEM']);
    const after = await footprint();
    expect([after.movements, after.events]).toEqual([before.movements + 1, before.events + 1]);
    const [event] = await t.dataSource.query(`SELECT actor, payload FROM audit_events WHERE type = 'movement.created' ORDER BY id DESC LIMIT 1`);
    expect(event).toMatchObject({ actor: 'admin.01', payload: { code: 'HN-VNN-2026', criteria: 3, quotas: 1 } });
  });

  it.each([
    ['an admin of another province', 'admin.24', 403, 'MOVEMENT_FORBIDDEN'],
    ['an admin of a ward below the launching city', 'admin.HN-THANHXUAN', 403, 'MOVEMENT_FORBIDDEN'],
    ['a clerk of the launching city', 'clerk.01', 403, 'MOVEMENT_FORBIDDEN'],
    ['the supervisor of the launching city', 'supervisor.01', 403, 'MOVEMENT_FORBIDDEN'],
  ])('refuses a creation by %s and writes nothing', async (_who, username, status, code) => {
    const before = await footprint();
    const response = await t.http().post('/api/movements').set(await t.as(username)).send(await body('HN-TU-CHOI'));
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(await footprint()).toEqual(before);
  });

  it.each([
    ['criteria that are not a list', { criteria: 'tất cả' }, 400, 'VALIDATION_FAILED'],
    ['a date that is not a date', { periodTo: '31/12/2026' }, 400, 'VALIDATION_FAILED'],
    ['a lower-case code', { code: 'hn-vnn' }, 400, 'VALIDATION_FAILED'],
    ['an unknown locality', { localityId: '00000000-0000-4000-8000-000000000000' }, 404, 'LOCALITY_NOT_FOUND'],
    ['a period that ends before it starts', { periodFrom: '2027-01-01' }, 422, 'MOVEMENT_INVALID'],
    ['a final review before the mid-term review', { midTermReviewOn: '2026-12-01', finalReviewOn: '2026-11-01' }, 422, 'MOVEMENT_INVALID'],
    ['a measured criterion with a threshold in words', { criteria: [{ code: 'XA_GIAM', label: 'Giảm nghèo', subjectType: 'commune', kind: 'measured', threshold: { min: 'ba phần trăm' }, source: 'x' }] }, 422, 'MOVEMENT_INVALID'],
    ['a quota for an unknown subject type', { quotas: [{ code: 'Q1', label: 'x', subjectType: 'ward', per: 'commune', max: 1, source: 'x' }] }, 422, 'MOVEMENT_INVALID'],
    ['a code already taken', { code: POVERTY_MOVEMENT_2016_2020.code }, 409, 'MOVEMENT_CODE_TAKEN'],
  ])('refuses %s and writes nothing', async (_what, overrides, status, code) => {
    const before = await footprint();
    const response = await t.http().post('/api/movements').set(await t.as('admin.01')).send(await body('HN-LOI', overrides));
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(typeof response.body.message).toBe('string');
    expect(await footprint()).toEqual(before);
  });

  it('lists every problem of an unusable definition in the details', async () => {
    const criteria = [{ code: 'A1', label: '', subjectType: 'commune', kind: 'measured', source: 'x' }];
    const response = await t.http().post('/api/movements').set(await t.as('admin.01')).send(await body('HN-LOI-2', { criteria }));
    expect(response.status).toBe(422);
    expect(response.body.details.problems).toEqual(['criteria[0].label: không được để trống', 'criteria[0].threshold: tiêu chuẩn đo đếm cần có ngưỡng (min, max hoặc theo khu vực)']);
  });

  it('lets the central admin edit a national movement and records what changed; others get 403', async () => {
    const id = (await t.http().get('/api/movements').set(await t.as('admin')).expect(200)).body.find((movement: { code: string }) => movement.code === POVERTY_MOVEMENT_2021_2025.code).id;
    const current = (await t.http().get(`/api/movements/${id}`).set(await t.as('admin.TW')).expect(200)).body;
    const edit = { ...current, midTermReviewOn: '2023-12-31' };
    for (const field of ['id', 'createdAt', 'updatedAt']) delete edit[field];

    const before = await footprint();
    const refused = await t.http().put(`/api/movements/${id}`).set(await t.as('admin.01')).send(edit);
    expect([refused.status, refused.body.code]).toEqual([403, 'MOVEMENT_FORBIDDEN']);
    expect(await footprint()).toEqual(before);

    const saved = await t.http().put(`/api/movements/${id}`).set(await t.as('admin.TW')).send(edit).expect(200);
    expect(saved.body.midTermReviewOn).toBe('2023-12-31');
    expect(saved.body.criteria).toEqual(current.criteria);
    const [event] = await t.dataSource.query(`SELECT actor, payload FROM audit_events WHERE type = 'movement.updated' ORDER BY id DESC LIMIT 1`);
    expect(event).toMatchObject({ actor: 'admin.TW', payload: { id, changed: ['midTermReviewOn'] } });

    const missing = await t.http().put('/api/movements/00000000-0000-4000-8000-000000000000').set(await t.as('admin.TW')).send(edit);
    expect([missing.status, missing.body.code]).toEqual([404, 'MOVEMENT_NOT_FOUND']);
  });
});
