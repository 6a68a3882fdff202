import { listingCsv, listingXlsx } from '../../../testing/locality-listings';
import { useTestApp, type TestApp } from '../../../testing/test-app';

describe('POST /api/localities/import', () => {
  const app = useTestApp();
  let t: TestApp;

  beforeAll(() => {
    ({ t } = app);
  });

  /** Everything an import could write: a fingerprint of the whole tree and the import audit events. */
  async function footprint() {
    const [{ tree }] = await t.dataSource.query(
      `SELECT md5(string_agg(concat_ws('|', id, code, name, level, parent_id, valid_from, valid_to), ',' ORDER BY id)) AS tree FROM localities`,
    );
    const [{ events }] = await t.dataSource.query(`SELECT count(*)::int AS events FROM audit_events WHERE type = 'locality.imported'`);
    return { tree, events };
  }

  async function send(username: string, file: Buffer, filename: string, dryRun: string | undefined = 'true', contentType?: string) {
    const query = dryRun === undefined ? '' : `?dryRun=${dryRun}`;
    return t
      .http()
      .post(`/api/localities/import${query}`)
      .set(await t.as(username))
      .attach('file', file, { filename, contentType: contentType ?? (filename.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv') });
  }

  /** A request that must succeed; shows the error body when it does not. */
  async function ok(...args: Parameters<typeof send>) {
    const response = await send(...args);
    if (response.status !== 200) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
    return response;
  }

  async function unit(code: string) {
    const [row] = await t.dataSource.query(
      `SELECT l.name, l.level, p.code AS parent, to_char(l.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(l.valid_to, 'YYYY-MM-DD') AS "validTo"
         FROM localities l LEFT JOIN localities p ON p.id = l.parent_id WHERE l.code = $1`,
      [code],
    );
    return row;
  }

  const PREVIEW_ROWS = [
    ['07243', 'Xã Đồng Tiến', 'Xã', '215', '', ''],
    ['07234', 'Thị trấn Cầu Gồ', 'Thị trấn', '215', '', ''],
    ['07246', 'Xã Canh Nậu', 'Xã', '215', '', '30/06/2025'],
  ];

  it('previews by default and writes nothing', async () => {
    const before = await footprint();
    const response = await ok('admin.24', listingCsv(PREVIEW_ROWS), 'danh-muc.csv', undefined);
    expect(response.body.dryRun).toBe(true);
    expect(response.body.summary).toEqual({ total: 3, created: 1, updated: 1, unchanged: 1, error: 0 });
    expect(response.body.rows.map((row: { code: string; outcome: string; changes: string[] }) => [row.code, row.outcome, row.changes])).toEqual([
      ['07243', 'created', []],
      ['07234', 'unchanged', []],
      ['07246', 'updated', ['validTo']],
    ]);
    expect(response.body.rows[0]).toMatchObject({ line: 2, name: 'Xã Đồng Tiến', level: 'commune', parentCode: '215' });
    expect(await footprint()).toEqual(before);
  });

  it('applies a province admin’s listing in one go and records it', async () => {
    const rows = [['07249', 'Xã Xuân Lương', 'Xã', '215', '', ''], ['07237', 'Thị trấn Bố Hạ', 'Thị trấn', '215', '01/01/2000', '']];
    const response = await ok('admin.24', listingCsv(rows), 'yen-the.csv', 'false');
    expect(response.body).toMatchObject({ dryRun: false, summary: { created: 2, error: 0 } });
    expect(await unit('07249')).toEqual({ name: 'Xã Xuân Lương', level: 'commune', parent: '215', validFrom: null, validTo: null });
    expect(await unit('07237')).toMatchObject({ parent: '215', validFrom: '2000-01-01' });
    const [event] = await t.dataSource.query(`SELECT actor, payload FROM audit_events WHERE type = 'locality.imported' ORDER BY id DESC LIMIT 1`);
    expect(event.actor).toBe('admin.24');
    expect(event.payload).toMatchObject({ fileName: 'yen-the.csv', created: 2, codes: { created: ['07249', '07237'] } });
    const again = await ok('admin.24', listingCsv(rows), 'yen-the.csv', 'false');
    expect(again.body.summary).toMatchObject({ created: 0, unchanged: 2 });
  });

  it('makes imported units usable at once: searchable, in the chain, gone after their last day', async () => {
    const rows = [['07252', 'Xã Tam Tiến', 'Xã', '215', '', '30/06/2025']];
    await ok('admin', listingCsv(rows), 'tam-tien.csv', 'false');
    const listed = await t.http().get('/api/localities?q=tam tien').set(await t.as('clerk.07234')).expect(200);
    expect(listed.body.map((u: { code: string }) => u.code)).toEqual(['07252']);
    const detail = await t.http().get(`/api/localities/${listed.body[0].id}`).set(await t.as('clerk.07234')).expect(200);
    expect(detail.body.chain.map((u: { code: string }) => u.code)).toEqual(['07252', '215', '24', 'TW']);
    const after = await t.http().get('/api/localities?q=tam tien&at=2025-07-01').set(await t.as('clerk.07234')).expect(200);
    expect(after.body).toEqual([]);
  });

  it('imports thousands of rows in one transaction', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`YT-${i}`, `Thôn ${i}`, 'Xã', '215', '', '']);
    const started = Date.now();
    const response = await ok('admin', listingCsv(rows), 'nhieu.csv', 'false');
    expect(response.body.summary).toMatchObject({ total: 5000, created: 5000 });
    expect(Date.now() - started).toBeLessThan(20_000);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM localities WHERE code LIKE 'YT-%' AND parent_id = (SELECT id FROM localities WHERE code = '215')`);
    expect(n).toBe(5000);
  });

  it('reads semicolons, a byte order mark, and XLSX with numeric codes and date cells', async () => {
    const semicolons = listingCsv([['07255', 'Xã Hồng Kỳ; thôn Mới', 'Xã', '215', '', '']], { delimiter: ';', bom: true });
    const csv = await ok('admin.24', semicolons, 'hong-ky.csv');
    expect(csv.body.rows[0]).toMatchObject({ code: '07255', name: 'Xã Hồng Kỳ; thôn Mới', outcome: 'created' });
    const xlsx = await listingXlsx([[7258, 'Xã Đồng Hưu', 'Xã', 215, new Date(Date.UTC(2020, 0, 15)), null]]);
    const response = await ok('admin.24', xlsx, 'dong-huu.xlsx');
    expect(response.body.rows[0]).toMatchObject({ code: '07258', parentCode: '215', validFrom: '2020-01-15', outcome: 'created' });
  });

  it('lists every row’s problems in Vietnamese, then refuses to apply any of it', async () => {
    const rows = [
      ['07261', 'Xã Tốt', 'Xã', '215', '', ''],
      ['07264', 'Xã Lạc', 'Xã', '999', '', ''],
      ['07267', 'Làng Lạ', 'Làng', '215', '', ''],
      ['07261', 'Xã Tốt (lặp)', 'Xã', '215', '', ''],
      ['00370', 'Phường Thanh Xuân Nam', 'Phường', '009', '', ''],
      ['901', 'Huyện A', 'Huyện', '902', '', ''],
      ['902', 'Huyện B', 'Huyện', '901', '', ''],
      ['07270', 'Xã Ngày Sai', 'Xã', '215', '31/02/2025', ''],
    ];
    const before = await footprint();
    const preview = await ok('admin.24', listingCsv(rows), 'loi.csv');
    expect(preview.body.summary).toEqual({ total: 8, created: 1, updated: 0, unchanged: 0, error: 7 });
    expect(preview.body.rows.map((row: { line: number; errors: string[] }) => [row.line, row.errors])).toEqual([
      [2, []],
      [3, ['Không tìm thấy đơn vị cấp trên mã 999']],
      [4, [expect.stringContaining('Cấp "Làng" không hợp lệ')]],
      [5, ['Mã đơn vị trùng với dòng 2']],
      [6, ['Đơn vị 00370 nằm ngoài phạm vi quản trị của bạn']],
      [7, ['Quan hệ cấp trên tạo thành vòng lặp']],
      [8, ['Quan hệ cấp trên tạo thành vòng lặp']],
      [9, ['Ngày hiệu lực từ "31/02/2025" không hợp lệ (dd/mm/yyyy)']],
    ]);
    const applied = await send('admin.24', listingCsv(rows), 'loi.csv', 'false');
    expect([applied.status, applied.body.code]).toEqual([422, 'LOCALITY_IMPORT_INVALID']);
    expect(applied.body.details.errors.map((row: { line: number }) => row.line)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(await footprint()).toEqual(before);
  });

  it.each([
    ['a district admin', 'admin.215', 403, 'LOCALITY_IMPORT_FORBIDDEN'],
    ['a commune admin', 'admin.07234', 403, 'LOCALITY_IMPORT_FORBIDDEN'],
    ['a province clerk', 'clerk.24', 403, 'LOCALITY_IMPORT_FORBIDDEN'],
    ['a province supervisor', 'supervisor.24', 403, 'LOCALITY_IMPORT_FORBIDDEN'],
  ])('refuses %s and writes nothing', async (_who, username, status, code) => {
    const before = await footprint();
    const response = await send(username, listingCsv(PREVIEW_ROWS), 'danh-muc.csv', 'false');
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(await footprint()).toEqual(before);
  });

  it('refuses files that are not what they claim, with their own codes, and writes nothing', async () => {
    const before = await footprint();
    const csv = listingCsv(PREVIEW_ROWS);
    const xlsx = await listingXlsx([['07243', 'Xã Đồng Tiến', 'Xã', '215']]);
    const cases: Array<[Buffer, string, number, string, string?]> = [
      [csv, 'danh-muc.txt', 415, 'LOCALITY_IMPORT_UNSUPPORTED_TYPE', 'text/plain'],
      [csv, 'danh-muc.pdf', 415, 'LOCALITY_IMPORT_UNSUPPORTED_TYPE', 'application/pdf'],
      [csv, 'danh-muc.xlsx', 422, 'LOCALITY_IMPORT_CONTENT_MISMATCH'],
      [xlsx, 'danh-muc.csv', 422, 'LOCALITY_IMPORT_CONTENT_MISMATCH'],
      [Buffer.from('Mã,Tên,Cấp,Mã cấp trên\n07243,Xã Đồng Tiến,Xã,215', 'latin1'), 'latin1.csv', 422, 'LOCALITY_IMPORT_ENCODING'],
      [listingCsv(PREVIEW_ROWS, { header: ['Mã', 'Tên', 'Loại'] }), 'thieu-cot.csv', 422, 'LOCALITY_IMPORT_BAD_HEADER'],
      [listingCsv([]), 'rong.csv', 422, 'LOCALITY_IMPORT_EMPTY'],
      [Buffer.from('PK\u0003\u0004 not really a workbook'), 'hong.xlsx', 422, 'LOCALITY_IMPORT_CONTENT_MISMATCH'],
      [Buffer.alloc(5 * 1024 * 1024 + 1, 'a'), 'qua-lon.csv', 413, 'LOCALITY_IMPORT_TOO_LARGE'],
    ];
    for (const [file, name, status, code, type] of cases) {
      const response = await send('admin.24', file, name, 'false', type);
      expect({ name, status: response.status, code: response.body.code }).toEqual({ name, status, code });
      expect(typeof response.body.message).toBe('string');
    }
    expect(await footprint()).toEqual(before);
  });

  it('refuses more than 20,000 rows, in CSV and in XLSX', async () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => [`X${i}`, `Xã ${i}`, 'Xã', '215', '', '']);
    const before = await footprint();
    const csv = await send('admin.24', listingCsv(rows), 'qua-nhieu.csv', 'false');
    expect([csv.status, csv.body.code]).toEqual([422, 'LOCALITY_IMPORT_TOO_MANY_ROWS']);
    const xlsx = await send('admin.24', await listingXlsx(rows), 'qua-nhieu.xlsx', 'false');
    expect([xlsx.status, xlsx.body.code]).toEqual([422, 'LOCALITY_IMPORT_TOO_MANY_ROWS']);
    expect(await footprint()).toEqual(before);
    const exactly = await send('admin.24', await listingXlsx(rows.slice(0, 20_000)), 'vua-du.xlsx', 'true');
    expect([exactly.status, exactly.body.summary?.created]).toEqual([200, 20_000]);
  });

  it('asks for the file and for a clear dryRun', async () => {
    const headers = await t.as('admin.24');
    const missing = await t.http().post('/api/localities/import?dryRun=false').set(headers).send({});
    expect([missing.status, missing.body.code]).toEqual([400, 'LOCALITY_IMPORT_FILE_MISSING']);
    const twice = await t
      .http()
      .post('/api/localities/import')
      .set(headers)
      .attach('file', listingCsv(PREVIEW_ROWS), 'a.csv')
      .attach('file', listingCsv(PREVIEW_ROWS), 'b.csv');
    expect([twice.status, twice.body.code]).toEqual([400, 'LOCALITY_IMPORT_BAD_UPLOAD']);
    const vague = await send('admin.24', listingCsv(PREVIEW_ROWS), 'a.csv', 'maybe');
    expect([vague.status, vague.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
