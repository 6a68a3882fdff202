import { ChainDriver } from '../../testing/chain-driver';
import { useTestApp, type TestApp } from '../../testing/test-app';
import { SEARCH_TOTAL_CAP } from '../dossiers/search/search-page';
import type { NomineeSearchItemView } from './nominee-search.view';

describe('GET /api/nominees — nominees across the dossiers one may read', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;
  const dossiers: Record<string, { id: string; code: string }> = {};

  async function file(key: string, localityCode: string, title: string, nominees: Array<{ fullName: string; title?: string }>): Promise<void> {
    const response = await t
      .http()
      .post('/api/dossiers')
      .set(await t.as(`clerk.${localityCode}`))
      .send({ awardTypeCode: 'BK-CT-TINH', localityId: await driver.localityId(localityCode), title, nominees: nominees.map((n) => ({ kind: 'individual', ...n })) })
      .expect(201);
    dossiers[key] = { id: response.body.id, code: response.body.code };
  }

  async function search(username: string, query: Record<string, string | number>): Promise<{ items: NomineeSearchItemView[]; total: number; page: number; pageSize: number }> {
    const response = await t.http().get('/api/nominees').query(query).set(await t.as(username)).expect(200);
    return response.body;
  }

  /** "full name @ dossier key" of this spec's nominees among the results. */
  async function found(username: string, q: string): Promise<string[]> {
    const keyOf = new Map(Object.entries(dossiers).map(([key, dossier]) => [dossier.id, key]));
    const { items } = await search(username, { q, pageSize: 200 });
    return items.filter((item) => keyOf.has(item.dossier.id)).map((item) => `${item.fullName} @ ${keyOf.get(item.dossier.id)}`).sort();
  }

  beforeAll(async () => {
    ({ t, driver } = app);
    await file('cau-go', '07234', 'Khen thưởng hộ thoát nghèo', [{ fullName: 'Nguyễn Văn A', title: 'Trưởng thôn Đồng Tâm' }, { fullName: 'Đặng Thị Bích' }]);
    await file('canh-nau', '07246', 'Khen thưởng xã Canh Nậu', [{ fullName: 'Nguyễn Văn An' }, { fullName: 'Hộ 50%_ông Tư' }]);
  });

  it('finds a person without diacritics or case, with the dossier that proposes them', async () => {
    const { items } = await search('clerk.07234', { q: 'nguyen van a' });
    const ours = items.filter((item) => item.dossier.id === dossiers['cau-go']?.id);
    expect(ours).toEqual([
      {
        id: expect.any(String),
        position: 1,
        kind: 'individual',
        fullName: 'Nguyễn Văn A',
        title: 'Trưởng thôn Đồng Tâm',
        dossier: {
          id: dossiers['cau-go']?.id,
          code: dossiers['cau-go']?.code,
          title: 'Khen thưởng hộ thoát nghèo',
          status: 'draft',
          locality: { id: await driver.localityId('07234'), code: '07234', name: 'Thị trấn Cầu Gồ' },
        },
      },
    ]);
  });

  it.each([
    ['clerk.07234', 'nguyen van a', ['Nguyễn Văn A @ cau-go']],
    ['clerk.07234', 'ĐẶNG THỊ', ['Đặng Thị Bích @ cau-go']],
    ['clerk.07234', 'dang thi bich', ['Đặng Thị Bích @ cau-go']],
    ['clerk.07234', 'truong thon dong', ['Nguyễn Văn A @ cau-go']],
    ['clerk.07234', 'bic', ['Đặng Thị Bích @ cau-go']],
    ['clerk.07234', 'khong ai ten nay', []],
    ['clerk.07246', 'nguyen van a', ['Nguyễn Văn An @ canh-nau']],
    ['clerk.215', 'nguyen van a', ['Nguyễn Văn A @ cau-go', 'Nguyễn Văn An @ canh-nau']],
    ['supervisor.01', 'nguyen', []],
    ['clerk.215', '%', ['Hộ 50%_ông Tư @ canh-nau']],
    ['clerk.215', '_', ['Hộ 50%_ông Tư @ canh-nau']],
    ['clerk.215', 'ho 50%_ong', ['Hộ 50%_ông Tư @ canh-nau']],
    ['clerk.215', 'nguyen%a', []],
    ['clerk.215', 'nguyen_van', []],
  ])('%s searching %j finds %j', async (username, q, expected) => {
    expect(await found(username, q)).toEqual(expected);
  });

  it('never returns a nominee of a dossier outside the caller’s subtree', async () => {
    const { items, total } = await search('clerk.07246', { pageSize: 200 });
    expect(total).toBe(items.length);
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(new Set(items.map((item) => item.dossier.locality.code))).toEqual(new Set(['07246']));
  });

  it('pages through every readable nominee in a stable order', async () => {
    const all = await search('clerk.215', { pageSize: 200 });
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThanOrEqual(4);
    const second = await search('clerk.215', { page: 2, pageSize: 2 });
    expect(second).toEqual({ items: all.items.slice(2, 4), total: all.total, totalCapped: false, page: 2, pageSize: 2 });
  });

  it('counts a broad search only up to the cap, and says so', async () => {
    const names = Array.from({ length: SEARCH_TOTAL_CAP + 1 }, (_, i) => ({ fullName: `Hộ gia đình nhân bản số ${i + 1}` }));
    await file('many', '07234', 'Danh sách dài', names);
    const broad = await search('clerk.07234', { q: 'nhan ban' });
    expect({ total: broad.total, totalCapped: (broad as { totalCapped?: boolean }).totalCapped, items: broad.items.length }).toEqual({ total: SEARCH_TOTAL_CAP, totalCapped: true, items: 50 });
    const narrow = await search('clerk.07234', { q: 'nhan ban so 50' });
    // "… 50" and "… 500", "… 501": three of them.
    expect({ total: narrow.total, totalCapped: (narrow as { totalCapped?: boolean }).totalCapped }).toEqual({ total: 3, totalCapped: false });
  });

  it.each([
    ['a page size over the limit', { pageSize: 201 }],
    ['page zero', { page: 0 }],
    ['a query that is too long', { q: 'x'.repeat(201) }],
  ])('refuses %s', async (_what, query) => {
    const response = await t.http().get('/api/nominees').query(query).set(await t.as('clerk.215'));
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it('requires a login', async () => {
    const response = await t.http().get('/api/nominees').query({ q: 'nguyen' });
    expect(response.status).toBe(401);
  });
});
