import { useTestApp, type TestApp } from '../../testing/test-app';

describe('/api/award-types', () => {
  const app = useTestApp();
  let t: TestApp;

  beforeAll(() => {
    ({ t } = app);
  });

  async function footprint() {
    const [{ digest }] = await t.dataSource.query(`SELECT string_agg(md5(a::text), ',' ORDER BY code) AS digest FROM award_types a`);
    const [{ events }] = await t.dataSource.query(`SELECT count(*)::int AS events FROM audit_events WHERE type LIKE 'award-type.%'`);
    return { digest, events };
  }

  const fields = (overrides: Record<string, unknown> = {}) => ({
    name: 'Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh (thành tích chuyên đề)',
    grantingLevel: 'province',
    grantedBy: 'Chủ tịch Ủy ban nhân dân cấp tỉnh',
    councilThresholdPercent: 80,
    subjectTypes: ['household', 'individual', 'collective'],
    legalBasis: 'Luật Thi đua, khen thưởng số 06/2022/QH15',
    requiredDocuments: [
      { code: 'submission', name: 'Tờ trình kèm danh sách' },
      { code: 'achievement-report', name: 'Báo cáo thành tích' },
      { code: 'minutes', name: 'Biên bản họp Hội đồng Thi đua - Khen thưởng' },
    ],
    processingLimits: [
      { level: 'commune', workingDays: 10, legalBasis: 'Quy chế thi đua, khen thưởng của tỉnh' },
      { level: 'province', workingDays: 25, legalBasis: 'Quy chế thi đua, khen thưởng của tỉnh' },
    ],
    ...overrides,
  });

  it('serves the catalogue of Law 06/2022 with documents and limits, keeping the original four and their thresholds', async () => {
    const response = await t.http().get('/api/award-types').set(await t.as('clerk.07234')).expect(200);
    const byCode = new Map((response.body as Array<{ code: string; councilThresholdPercent: number }>).map((award) => [award.code, award]));
    expect([...byCode.keys()].sort()).toEqual(['BK-CT-TINH', 'BK-TTG', 'CSTD-CO-SO', 'CSTD-TINH', 'CSTD-TOAN-QUOC', 'CTD-UBND-TINH', 'GK-CT-HUYEN', 'GK-CT-XA', 'HCLD-HANG-BA']);
    expect(['GK-CT-XA', 'GK-CT-HUYEN', 'BK-CT-TINH', 'BK-TTG'].map((code) => byCode.get(code)?.councilThresholdPercent)).toEqual([80, 80, 80, 90]);
    expect(byCode.get('GK-CT-HUYEN')).toMatchObject({ grantingLevel: 'district', validTo: '2025-06-30', processingLimits: [{ level: 'district', workingDays: 20 }] });
    expect(byCode.get('GK-CT-XA')).toMatchObject({ processingLimits: [{ level: 'commune', workingDays: 10 }] });
    expect(byCode.get('BK-CT-TINH')).toMatchObject({ processingLimits: [{ level: 'province', workingDays: 25 }] });
    expect(byCode.get('HCLD-HANG-BA')).toMatchObject({ grantingLevel: 'central', grantedBy: 'Chủ tịch nước', councilThresholdPercent: 90 });
    expect(byCode.get('CTD-UBND-TINH')).toMatchObject({ grantingLevel: 'province', subjectTypes: ['collective'] });
    expect(byCode.get('CSTD-TOAN-QUOC')).toMatchObject({ grantingLevel: 'central', subjectTypes: ['individual'] });
    for (const award of response.body) {
      expect(award.requiredDocuments.map((document: { code: string }) => document.code).slice(0, 3)).toEqual(['submission', 'achievement-report', 'minutes']);
      for (const limit of award.processingLimits) expect(limit.legalBasis.length).toBeGreaterThan(10);
    }
  });

  it('lets the central admin add an award type, with an audit event', async () => {
    const before = await footprint();
    const created = await t.http().post('/api/award-types').set(await t.as('admin.TW')).send({ code: 'BK-CT-TINH-CD', ...fields() });
    expect(created.status).toBe(201);
    // Limits are kept from the lowest level up.
    expect(created.body).toMatchObject({ code: 'BK-CT-TINH-CD', councilThresholdPercent: 80, validTo: null, processingLimits: [{ level: 'commune' }, { level: 'province' }] });
    const listed = await t.http().get('/api/award-types').set(await t.as('clerk.07234')).expect(200);
    expect(listed.body.find((award: { code: string }) => award.code === 'BK-CT-TINH-CD')).toEqual(created.body);
    expect((await footprint()).events).toBe(before.events + 1);
  });

  it('lets the system admin edit one, recording only what changed', async () => {
    await t.http().post('/api/award-types').set(await t.as('admin')).send({ code: 'GK-THU-NGHIEM', ...fields({ grantingLevel: 'commune', processingLimits: [] }) }).expect(201);
    const edit = fields({ grantingLevel: 'commune', processingLimits: [{ level: 'commune', workingDays: 12, legalBasis: 'Bộ thủ tục hành chính của tỉnh' }], councilThresholdPercent: 75 });
    const saved = await t.http().put('/api/award-types/GK-THU-NGHIEM').set(await t.as('admin')).send(edit).expect(200);
    expect(saved.body).toMatchObject({ code: 'GK-THU-NGHIEM', councilThresholdPercent: 75, processingLimits: [{ level: 'commune', workingDays: 12 }] });
    const [event] = await t.dataSource.query(`SELECT actor, payload FROM audit_events WHERE type = 'award-type.updated' ORDER BY id DESC LIMIT 1`);
    expect(event.actor).toBe('admin');
    expect(Object.keys(event.payload.changes).sort()).toEqual(['councilThresholdPercent', 'processingLimits']);
    expect(event.payload.changes.councilThresholdPercent).toEqual({ from: 80, to: 75 });
  });

  it.each([
    ['a province admin', 'admin.24'],
    ['a commune admin', 'admin.07234'],
    ['a central clerk', 'clerk.TW'],
    ['the central supervisor', 'supervisor.TW'],
  ])('refuses edits by %s with 403 and writes nothing', async (_who, username) => {
    const before = await footprint();
    const created = await t.http().post('/api/award-types').set(await t.as(username)).send({ code: 'BK-KHONG-DUOC', ...fields() });
    expect([created.status, created.body.code]).toEqual([403, 'AWARD_TYPE_FORBIDDEN']);
    const edited = await t.http().put('/api/award-types/BK-CT-TINH').set(await t.as(username)).send(fields({ councilThresholdPercent: 50 }));
    expect([edited.status, edited.body.code]).toEqual([403, 'AWARD_TYPE_FORBIDDEN']);
    expect(await footprint()).toEqual(before);
  });

  it.each([
    ['a code with spaces', { code: 'BK TINH' }, 400, 'VALIDATION_FAILED'],
    ['a threshold over 100%', { councilThresholdPercent: 120 }, 400, 'VALIDATION_FAILED'],
    ['an unknown level', { grantingLevel: 'ward' }, 400, 'VALIDATION_FAILED'],
    ['a subject type no list line has', { subjectTypes: ['robot'] }, 400, 'VALIDATION_FAILED'],
    ['a limit in fractional days', { processingLimits: [{ level: 'province', workingDays: 2.5, legalBasis: 'x' }] }, 400, 'VALIDATION_FAILED'],
    ['a document with no name', { requiredDocuments: [{ code: 'submission' }] }, 400, 'VALIDATION_FAILED'],
    ['a limit for a level above the granting one', { processingLimits: [{ level: 'central', workingDays: 20, legalBasis: 'x' }] }, 422, 'AWARD_TYPE_INVALID'],
    ['the same level twice', { processingLimits: [{ level: 'province', workingDays: 20, legalBasis: 'x' }, { level: 'province', workingDays: 25, legalBasis: 'y' }] }, 422, 'AWARD_TYPE_INVALID'],
    ['the same document twice', { requiredDocuments: [{ code: 'minutes', name: 'a' }, { code: 'minutes', name: 'b' }] }, 422, 'AWARD_TYPE_INVALID'],
    ['a code already used', { code: 'BK-TTG' }, 409, 'AWARD_TYPE_EXISTS'],
  ])('refuses %s and writes nothing', async (_what, overrides, status, code) => {
    const before = await footprint();
    const response = await t.http().post('/api/award-types').set(await t.as('admin.TW')).send({ code: 'BK-LOI', ...fields(overrides) });
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(typeof response.body.message).toBe('string');
    expect(await footprint()).toEqual(before);
  });

  it('answers 404 for an edit of an unknown code, writing nothing', async () => {
    const before = await footprint();
    const response = await t.http().put('/api/award-types/KHONG-CO').set(await t.as('admin.TW')).send(fields());
    expect([response.status, response.body.code]).toEqual([404, 'AWARD_TYPE_NOT_FOUND']);
    expect(await footprint()).toEqual(before);
  });
});
