import { SearchText1795400000200 } from '../../../database/migrations/1795400000200-SearchText';
import { ChainDriver } from '../../../testing/chain-driver';
import { useTestApp, type TestApp } from '../../../testing/test-app';
import { DossierEntity } from '../entities/dossier.entity';
import { NomineeEntity } from '../entities/nominee.entity';

describe('search_text columns', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;
  let dossierId: string;

  beforeAll(async () => {
    ({ t, driver } = app);
    const response = await t
      .http()
      .post('/api/dossiers')
      .set(await t.as('clerk.07234'))
      .send({ awardTypeCode: 'BK-CT-TINH', localityId: await driver.localityId('07234'), title: 'Tờ trình Đề nghị', nominees: [{ kind: 'individual', fullName: 'Lý Thị Ngọc', title: 'Chủ tịch Hội Phụ nữ' }] })
      .expect(201);
    dossierId = response.body.id;
  });

  const searchText = async (table: 'dossiers' | 'nominees', column: 'id' | 'dossier_id') =>
    (await t.dataSource.query(`SELECT search_text FROM ${table} WHERE ${column} = $1`, [dossierId]))[0].search_text as string;

  it('follows an edit made through TypeORM, whole or partial', async () => {
    const [{ code }] = await t.dataSource.query('SELECT code FROM dossiers WHERE id = $1', [dossierId]);
    await t.dataSource.getRepository(DossierEntity).update({ id: dossierId }, { code, title: 'Báo cáo Thành tích' });
    expect(await searchText('dossiers', 'id')).toBe(`${code.toLowerCase()} bao cao thanh tich`);
    const nominee = await t.dataSource.getRepository(NomineeEntity).findOneByOrFail({ dossierId });
    nominee.fullName = 'Lý Thị Ngọc Ánh';
    await t.dataSource.getRepository(NomineeEntity).save(nominee);
    expect(await searchText('nominees', 'dossier_id')).toBe('ly thi ngoc anh chu tich hoi phu nu');
  });

  it('refuses a partial update that would leave search_text stale, and a raw insert that forgets it', async () => {
    await expect(t.dataSource.getRepository(DossierEntity).update({ id: dossierId }, { title: 'Chỉ sửa tên' })).rejects.toThrow(/search_text/);
    await expect(
      t.dataSource.query(`INSERT INTO nominees (id, dossier_id, position, kind, full_name) VALUES (gen_random_uuid(), $1, 9, 'individual', 'X')`, [dossierId]),
    ).rejects.toThrow(/search_text/);
    expect(await searchText('dossiers', 'id')).toMatch(/ bao cao thanh tich$/);
  });

  it('is backfilled for rows that existed before the migration', async () => {
    const migration = new SearchText1795400000200();
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await migration.down(runner);
      await migration.up(runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    expect(await searchText('dossiers', 'id')).toMatch(/^hs-\d{4}-\d{6} bao cao thanh tich$/);
    expect(await searchText('nominees', 'dossier_id')).toBe('ly thi ngoc anh chu tich hoi phu nu');
    const indexes = await t.dataSource.query(`SELECT indexname FROM pg_indexes WHERE indexname LIKE 'IDX_%search_text_trgm' ORDER BY indexname`);
    expect(indexes.map((row: { indexname: string }) => row.indexname)).toEqual(['IDX_dossiers_search_text_trgm', 'IDX_nominees_search_text_trgm']);
  });
});
