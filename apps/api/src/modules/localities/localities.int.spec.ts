import { useTestApp, type TestApp } from '../../testing/test-app';

interface Unit {
  id: string;
  code: string;
  name: string;
  level: string;
  validTo: string | null;
  facts: Record<string, { count?: number; plannedReduction?: Record<string, number> }>;
}

describe('localities: history of the 2025 reform', () => {
  const app = useTestApp();
  let t: TestApp;
  let all: Unit[];

  beforeAll(async () => {
    ({ t } = app);
    all = (await t.http().get('/api/localities').set(await t.as('clerk.07234')).expect(200)).body;
  });

  const codes = (units: Unit[]) => units.map((unit) => unit.code).sort();
  const byCode = (code: string) => {
    const found = all.find((unit) => unit.code === code);
    if (!found) throw new Error(`no unit ${code}`);
    return found;
  };
  const list = async (query: string) => (await t.http().get(`/api/localities?${query}`).set(await t.as('clerk.07234')).expect(200)).body as Unit[];

  it('keeps quận Thanh Xuân and its 11 wards as history, beside the wards formed on 1/7/2025', async () => {
    const thanhXuan = byCode('009');
    const wards = await list(`parentId=${thanhXuan.id}`);
    expect(wards).toHaveLength(11);
    expect(wards.every((ward) => ward.level === 'commune' && ward.validTo === '2025-06-30')).toBe(true);
    expect(thanhXuan.validTo).toBe('2025-06-30');
    const before = codes(await list('at=2025-06-30&q=thanh xuan'));
    const after = codes(await list('at=2025-07-01&q=thanh xuan'));
    expect(before).toEqual(['00355', '00367', '00370', '009']);
    expect(after).toEqual(['HN-THANHXUAN']);
  });

  it('carries the near-poor households the 2022 plan counted in five wards', () => {
    const counts = Object.fromEntries(all.filter((unit) => unit.facts.nearPoorHouseholds).map((unit) => [unit.name, unit.facts.nearPoorHouseholds?.count]));
    expect(counts).toEqual({
      'Phường Nhân Chính': 9,
      'Phường Phương Liệt': 9,
      'Phường Khương Đình': 6,
      'Phường Thanh Xuân Bắc': 6,
      'Phường Khương Trung': 2,
    });
    expect(Object.values(counts).reduce((sum, count) => (sum ?? 0) + (count ?? 0), 0)).toBe(32);
    expect(byCode('00349').facts.nearPoorHouseholds?.plannedReduction).toEqual({ '2022': 1, '2023': 1, '2024': 0, '2025': 0 });
  });

  it('finds units ignoring case and diacritics, by name or code', async () => {
    expect(codes(await list('q=KHƯƠNG ĐÌNH'))).toEqual(['00364', 'HN-KHUONGDINH']);
    expect(codes(await list('q=khuong dinh'))).toEqual(['00364', 'HN-KHUONGDINH']);
    expect(codes(await list('q=dong nai'))).toEqual(['75']);
    expect(codes(await list('q=Đồng nai&level=province&at=2026-03-02'))).toEqual(['75']);
    expect(codes(await list('q=0036'))).toEqual(['00361', '00364', '00367']);
    expect(await list('q=không có nơi này')).toEqual([]);
  });

  it('lists what was in force on a day', async () => {
    const today = codes(await list('at=2026-03-02&level=district'));
    expect(today).toEqual(['215']);
    expect(codes(await list('at=2025-06-30&level=district'))).toEqual(['009', '215', '443']);
    const provinces = codes(await list('at=2025-07-01&level=province'));
    expect(provinces).toContain('75');
    expect(provinces).not.toContain('70');
    expect(codes(await list('at=2025-06-30&level=province'))).toContain('70');
  });

  it('shows a unit with its chain up to central, its successor and its predecessors', async () => {
    const headers = await t.as('supervisor.01');
    const old = (await t.http().get(`/api/localities/${byCode('00364').id}`).set(headers).expect(200)).body;
    expect(old.chain.map((unit: Unit) => unit.code)).toEqual(['00364', '009', '01', 'TW']);
    expect(old.successor).toMatchObject({ code: 'HN-KHUONGDINH', name: 'Phường Khương Đình', validFrom: '2025-07-01' });
    expect(old.predecessors).toEqual([]);
    const merged = (await t.http().get(`/api/localities/${byCode('HN-KHUONGDINH').id}`).set(headers).expect(200)).body;
    expect(merged.chain.map((unit: Unit) => unit.code)).toEqual(['HN-KHUONGDINH', '01', 'TW']);
    expect(merged.predecessors.map((unit: Unit) => unit.name)).toEqual(['Phường Hạ Đình', 'Phường Khương Đình']);
    const dongNai = (await t.http().get(`/api/localities/${byCode('75').id}`).set(headers).expect(200)).body;
    expect(dongNai.predecessors.map((unit: Unit) => [unit.code, unit.name, unit.validTo])).toEqual([['70', 'Tỉnh Bình Phước', '2025-06-30']]);
    const canLoc = (await t.http().get(`/api/localities/${byCode('HT-NGHEN').id}`).set(headers).expect(200)).body;
    expect(canLoc.chain.map((unit: Unit) => unit.code)).toEqual(['HT-NGHEN', '443', '42', 'TW']);
    expect(canLoc.successor.code).toBe('18406');
  });

  it('answers 404 for a unit that does not exist, and 400 for a malformed filter', async () => {
    const headers = await t.as('clerk.07234');
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', '..%2F..%2Fetc']) {
      const response = await t.http().get(`/api/localities/${id}`).set(headers);
      expect([response.status, response.body.code]).toEqual([404, 'LOCALITY_NOT_FOUND']);
    }
    for (const query of ['at=30/06/2025', 'at=2025-02-30', `q=${'x'.repeat(101)}`, 'level=village']) {
      const response = await t.http().get(`/api/localities?${query}`).set(headers);
      expect([query, response.status, response.body.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
    }
  });

  it('gives every demo unit its five demo accounts', async () => {
    for (const username of ['clerk.HN-PHUONGLIET', 'admin.42', 'supervisor.009', 'chairman.18406', 'secretary.00343']) {
      const response = await t.http().post('/api/auth/login').send({ username, password: 'demo' });
      expect([username, response.status]).toEqual([username, 200]);
    }
  });

  describe('filing at a unit that no longer exists', () => {
    const file = async (username: string, localityCode: string) =>
      t
        .http()
        .post('/api/dossiers')
        .set(await t.as(username))
        .send({ awardTypeCode: 'BK-CT-TINH', localityId: byCode(localityCode).id, title: 'Đề nghị khen thưởng hộ cận nghèo', nominees: [{ kind: 'household', fullName: 'Hộ bà Trần Thị Lan' }] });

    it.each([
      ['a ward merged on 1/7/2025', 'clerk.00364', '00364'],
      ['a district ended on 30/6/2025', 'clerk.009', '009'],
      ['a province merged into Đồng Nai', 'clerk.70', '70'],
    ])('refuses %s with 422 LOCALITY_CLOSED and writes nothing', async (_what, username, code) => {
      const before = (await t.dataSource.query('SELECT count(*)::int AS n FROM dossiers'))[0].n;
      const response = await file(username, code);
      expect([response.status, response.body.code]).toEqual([422, 'LOCALITY_CLOSED']);
      expect(response.body.message).toContain('2025-06-30');
      expect((await t.dataSource.query('SELECT count(*)::int AS n FROM dossiers'))[0].n).toBe(before);
    });

    it('files at the successor instead', async () => {
      const response = await file('clerk.HN-KHUONGDINH', 'HN-KHUONGDINH');
      expect(response.status).toBe(201);
    });

    it('files at a unit from its first day and not before', async () => {
      t.clock.set(new Date('2025-06-30T10:00:00Z'));
      try {
        const early = await file('clerk.HN-KHUONGDINH', 'HN-KHUONGDINH');
        expect([early.status, early.body.code]).toEqual([422, 'LOCALITY_CLOSED']);
        const last = await file('clerk.00364', '00364');
        expect(last.status).toBe(201);
      } finally {
        t.clock.set(new Date('2026-03-02T02:00:00Z'));
      }
    });
  });
});
