import { ChainDriver } from '../../../testing/chain-driver';
import { useTestApp, type TestApp } from '../../../testing/test-app';
import { SEARCH_TOTAL_CAP } from '../search/search-page';

interface Listed {
  id: string;
  localityId: string;
}

describe('GET /api/dossiers?q= — search without diacritics or case', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;
  const mine: Record<string, string> = {};

  async function file(localityCode: string, title: string, names: string[]): Promise<string> {
    const response = await t
      .http()
      .post('/api/dossiers')
      .set(await t.as(`clerk.${localityCode}`))
      .send({ awardTypeCode: 'BK-CT-TINH', localityId: await driver.localityId(localityCode), title, nominees: names.map((fullName) => ({ kind: 'individual', fullName })) })
      .expect(201);
    return response.body.id as string;
  }

  /** Ids found for `q`, restricted to the dossiers this spec filed (the template may hold others). */
  async function found(username: string, q: string): Promise<string[]> {
    const response = await t.http().get('/api/dossiers').query({ q, pageSize: 200 }).set(await t.as(username)).expect(200);
    expect(response.body.total).toBe(response.body.items.length);
    const ours = new Set(Object.values(mine));
    return (response.body.items as Listed[]).map((item) => item.id).filter((id) => ours.has(id)).sort();
  }

  const ids = (...keys: string[]) => keys.map((key) => mine[key]).sort();

  beforeAll(async () => {
    ({ t, driver } = app);
    mine['poor'] = await file('07234', 'Đề nghị khen thưởng hộ thoát nghèo bền vững', ['Nguyễn Văn A', 'Trần Thị Đào']);
    mine['percent'] = await file('07234', 'Tặng Bằng khen: 100% hộ_nghèo có nhà ở', ['Lê Văn Bình']);
    mine['nfd'] = await file('07234', 'Biểu dương tập thể Đoàn thanh niên'.normalize('NFD'), ['Phạm   Thị\tHồng'.normalize('NFD')]);
    mine['neighbour'] = await file('07246', 'Khen thưởng xã Canh Nậu', ['Nguyễn Văn An']);
  });

  it('stores the folded text of every dossier and nominee it writes', async () => {
    const [dossier] = await t.dataSource.query('SELECT search_text FROM dossiers WHERE id = $1', [mine['poor']]);
    expect(dossier.search_text).toMatch(/^hs-\d{4}-\d{6} de nghi khen thuong ho thoat ngheo ben vung$/);
    const nominees = await t.dataSource.query('SELECT search_text FROM nominees WHERE dossier_id = $1 ORDER BY position', [mine['nfd']]);
    expect(nominees.map((row: { search_text: string }) => row.search_text)).toEqual(['pham thi hong']);
  });

  it.each([
    ['khen thuong', ['poor']],
    ['KHEN THƯỞNG', ['poor']],
    ['Khen Thưởng'.normalize('NFD'), ['poor']],
    ['nguyen van a', ['poor']],
    ['NGUYỄN văn A', ['poor']],
    ['dao', ['poor']],
    ['ĐÀO', ['poor']],
    ['thoat ngh', ['poor']],
    ['oat ngheo ben', ['poor']],
    ['doan thanh nien', ['nfd']],
    ['pham thi hong', ['nfd']],
    ['CO NHÀ O', ['percent']],
    ['binh', ['percent']],
    ['khong co ho so nao nhu the nay', []],
  ])('as the commune clerk, %j finds %j', async (q, expected) => {
    expect(await found('clerk.07234', q)).toEqual(ids(...expected));
  });

  it('finds a dossier by its code, in any case', async () => {
    const [{ code }] = await t.dataSource.query('SELECT code FROM dossiers WHERE id = $1', [mine['poor']]);
    expect(await found('clerk.07234', code.toLowerCase())).toEqual(ids('poor'));
  });

  it("never shows another commune's dossier, even when it matches", async () => {
    expect(await found('clerk.07246', 'khen thuong')).toEqual(ids('neighbour'));
    expect(await found('clerk.07246', 'nguyen van a')).toEqual(ids('neighbour'));
    expect(await found('clerk.07234', 'canh nau')).toEqual([]);
    expect(await found('supervisor.01', 'khen thuong')).toEqual([]);
    // The district above both communes sees both.
    expect(await found('clerk.215', 'khen thuong')).toEqual(ids('poor', 'neighbour'));
    expect(await found('supervisor.24', 'nguyen van a')).toEqual(ids('poor', 'neighbour'));
  });

  it('returns only dossiers in the caller’s subtree, whatever the query', async () => {
    const [{ id: commune }] = await t.dataSource.query(`SELECT id FROM localities WHERE code = '07234'`);
    const response = await t.http().get('/api/dossiers').query({ q: 'e' }).set(await t.as('clerk.07234')).expect(200);
    expect(response.body.items.length).toBeGreaterThanOrEqual(3);
    expect(new Set(response.body.items.map((item: Listed) => item.localityId))).toEqual(new Set([commune]));
  });

  it.each([
    ['%', ['percent']],
    ['_', ['percent']],
    ['100%', ['percent']],
    ['hộ_nghèo', ['percent']],
    ['ho%ngheo', []],
    ['ho_thoat', []],
    ['\\', []],
  ])('matches the LIKE wildcard in %j literally', async (q, expected) => {
    expect(await found('clerk.07234', q)).toEqual(ids(...expected));
  });

  it('ignores a query of only spaces, and refuses one that is too long', async () => {
    expect(await found('clerk.07234', '   ')).toEqual(ids('poor', 'percent', 'nfd'));
    const long = await t.http().get('/api/dossiers').query({ q: 'a'.repeat(201) }).set(await t.as('clerk.07234'));
    expect({ status: long.status, code: long.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it('counts a broad search only up to the cap, and says so', async () => {
    const commune = await driver.localityId('07234');
    const [{ id: clerk }] = await t.dataSource.query(`SELECT id FROM users WHERE username = 'clerk.07234'`);
    await t.dataSource.query(
      `INSERT INTO dossiers (id, code, title, search_text, award_type_code, locality_id, status, created_by, created_at, version)
       SELECT gen_random_uuid(), 'HS-T-' || lpad(i::text, 6, '0'), 'Hồ sơ nhân bản ' || i, 'hs-t-' || lpad(i::text, 6, '0') || ' ho so nhan ban ' || i,
              'BK-CT-TINH', $1, 'draft', $2, now(), 1
       FROM generate_series(1, $3::int) AS i`,
      [commune, clerk, SEARCH_TOTAL_CAP + 1],
    );
    const broad = await t.http().get('/api/dossiers').query({ q: 'nhân bản' }).set(await t.as('clerk.07234')).expect(200);
    expect({ total: broad.body.total, totalCapped: broad.body.totalCapped, items: broad.body.items.length }).toEqual({ total: SEARCH_TOTAL_CAP, totalCapped: true, items: 50 });
    const exact = await t.http().get('/api/dossiers').query({ q: 'nhan ban 10' }).set(await t.as('clerk.07234')).expect(200);
    // "… 10" and "… 100" to "… 109": eleven of them.
    expect({ total: exact.body.total, totalCapped: exact.body.totalCapped }).toEqual({ total: 11, totalCapped: false });
    const last = await t.http().get('/api/dossiers').query({ q: 'nhan ban', page: 11, pageSize: 50 }).set(await t.as('clerk.07234')).expect(200);
    expect(last.body.items).toHaveLength(1);
  });
});
