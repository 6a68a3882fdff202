import { randomUUID } from 'node:crypto';
import { ChainDriver } from '../../../testing/chain-driver';
import { useTestApp, type TestApp } from '../../../testing/test-app';

interface Listed {
  id: string;
  localityId: string;
  status: string;
  awardTypeCode: string;
  movementId: string | null;
  createdAt: string;
  submittedAt: string | null;
}

describe('GET /api/dossiers — filters, order and paging', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;
  const movement = randomUUID();
  const mine: Record<string, string> = {};

  async function file(localityCode: string, awardTypeCode: string): Promise<string> {
    const response = await t
      .http()
      .post('/api/dossiers')
      .set(await t.as(`clerk.${localityCode}`))
      .send({ awardTypeCode, localityId: await driver.localityId(localityCode), title: 'Hồ sơ lọc', nominees: [{ kind: 'individual', fullName: 'Vũ Thị Lan' }] })
      .expect(201);
    return response.body.id as string;
  }

  async function submit(localityCode: string, id: string): Promise<void> {
    await t.http().post(`/api/dossiers/${id}/submit`).set(await t.as(`clerk.${localityCode}`)).expect(200);
  }

  async function list(username: string, query: Record<string, string | number>): Promise<{ items: Listed[]; total: number }> {
    const response = await t.http().get('/api/dossiers').query({ pageSize: 200, ...query }).set(await t.as(username)).expect(200);
    return response.body;
  }

  /** The ids of this spec's dossiers among the results (the template may hold others). */
  async function found(username: string, query: Record<string, string | number>): Promise<string[]> {
    const ours = new Set(Object.values(mine));
    return (await list(username, query)).items.map((item) => item.id).filter((id) => ours.has(id)).sort();
  }

  const ids = (...keys: string[]) => keys.map((key) => mine[key]).sort();

  beforeAll(async () => {
    ({ t, driver } = app);
    // Monday 2/3/2026, 09:00 in Hà Nội.
    mine['draft'] = await file('07234', 'GK-CT-XA');
    mine['early'] = await file('07234', 'BK-CT-TINH');
    // Tagged directly: the filter is what is under test, not how a dossier joins a movement.
    await t.dataSource.query('UPDATE dossiers SET movement_id = $1 WHERE id = $2', [movement, mine['early']]);
    await submit('07234', mine['early']);
    // Thursday 5/3 at 23:30 UTC is already Friday 6/3 in Hà Nội.
    t.clock.set('2026-03-05T17:30:00Z');
    mine['late'] = await file('07246', 'BK-CT-TINH');
    await submit('07246', mine['late']);
    t.clock.set('2026-03-09T02:00:00Z');
    mine['hanoi'] = await file('HN-THANHXUAN', 'BK-CT-TINH');
  });

  it('filters by status', async () => {
    expect(await found('supervisor.TW', { status: 'draft' })).toEqual(ids('draft', 'hanoi'));
    expect(await found('supervisor.TW', { status: 'in_progress' })).toEqual(ids('early', 'late'));
    const drafts = await list('supervisor.TW', { status: 'draft' });
    expect(drafts.items.every((item) => item.status === 'draft')).toBe(true);
  });

  it('filters by a locality and everything under it', async () => {
    const district = await driver.localityId('215');
    const commune = await driver.localityId('07234');
    expect(await found('supervisor.TW', { localityId: district })).toEqual(ids('draft', 'early', 'late'));
    expect(await found('supervisor.TW', { localityId: commune })).toEqual(ids('draft', 'early'));
    expect(await found('supervisor.TW', { localityId: await driver.localityId('01') })).toEqual(ids('hanoi'));
    // A filter never widens what the caller may read.
    expect(await found('clerk.07246', { localityId: district })).toEqual(ids('late'));
    expect(await found('clerk.07246', { localityId: commune })).toEqual([]);
  });

  it('filters by award type and by movement', async () => {
    expect(await found('supervisor.TW', { awardTypeCode: 'GK-CT-XA' })).toEqual(ids('draft'));
    expect(await found('supervisor.TW', { awardTypeCode: 'BK-CT-TINH' })).toEqual(ids('early', 'late', 'hanoi'));
    expect(await found('supervisor.TW', { movementId: movement })).toEqual(ids('early'));
    expect(await found('supervisor.TW', { movementId: randomUUID() })).toEqual([]);
  });

  it('filters by the Vietnamese calendar day of submission, both ends included', async () => {
    expect(await found('supervisor.TW', { submittedFrom: '2026-03-02', submittedTo: '2026-03-02' })).toEqual(ids('early'));
    expect(await found('supervisor.TW', { submittedFrom: '2026-03-03' })).toEqual(ids('late'));
    expect(await found('supervisor.TW', { submittedTo: '2026-03-05' })).toEqual(ids('early'));
    expect(await found('supervisor.TW', { submittedFrom: '2026-03-06', submittedTo: '2026-03-06' })).toEqual(ids('late'));
    expect(await found('supervisor.TW', { submittedFrom: '2026-03-07' })).toEqual([]);
  });

  it('combines filters with the search', async () => {
    expect(await found('supervisor.TW', { q: 'vu thi lan', status: 'in_progress', localityId: await driver.localityId('07234') })).toEqual(ids('early'));
  });

  it('lists newest first and pages through the same order', async () => {
    const all = await list('supervisor.TW', {});
    const times = all.items.map((item) => Date.parse(item.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(all.items[0]?.id).toBe(mine['hanoi']);
    const second = await t.http().get('/api/dossiers').query({ page: 2, pageSize: 1 }).set(await t.as('supervisor.TW')).expect(200);
    expect(second.body).toEqual({ items: [all.items[1]], total: all.total, totalCapped: false, page: 2, pageSize: 1 });
  });

  it.each([
    ['an unknown locality', { localityId: '00000000-0000-4000-8000-000000000000' }, 404, 'LOCALITY_NOT_FOUND'],
    ['a malformed locality id', { localityId: 'xã-bên-cạnh' }, 400, 'VALIDATION_FAILED'],
    ['an unknown award type', { awardTypeCode: 'HUAN-CHUONG-XYZ' }, 404, 'AWARD_TYPE_NOT_FOUND'],
    ['an unknown status', { status: 'archived' }, 400, 'VALIDATION_FAILED'],
    ['a malformed movement id', { movementId: '42' }, 400, 'VALIDATION_FAILED'],
    ['a date that does not exist', { submittedFrom: '2026-02-30' }, 400, 'VALIDATION_FAILED'],
    ['a date with a time', { submittedTo: '2026-03-02T10:00:00Z' }, 400, 'VALIDATION_FAILED'],
    ['a range that ends before it starts', { submittedFrom: '2026-03-06', submittedTo: '2026-03-02' }, 400, 'DATE_RANGE_INVALID'],
    ['a page size over the limit', { pageSize: 500 }, 400, 'VALIDATION_FAILED'],
  ])('refuses %s', async (_what, query, status, code) => {
    const response = await t.http().get('/api/dossiers').query(query).set(await t.as('supervisor.TW'));
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(typeof response.body.message).toBe('string');
  });
});
