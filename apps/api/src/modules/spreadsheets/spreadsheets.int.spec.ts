import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { stream, Workbook } from 'exceljs';
import { ChainDriver } from '../../testing/chain-driver';
import { binaryBody, multipartBody } from '../../testing/multipart';
import { sampleDocx, samplePdf } from '../../testing/sample-files';
import { useTestApp, type TestApp } from '../../testing/test-app';

const HEADER = ['STT', 'Loại đối tượng', 'Họ và tên / Tên tập thể', 'Chức vụ / Địa chỉ', 'Tóm tắt thành tích'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const attachmentsDir = mkdtempSync(join(tmpdir(), 'vd-sheets-'));

interface Line {
  kind: string;
  fullName: string;
  title: string | null;
  achievements: string | null;
}

describe('nominee lists and dossier lists as XLSX', () => {
  const app = useTestApp({ ATTACHMENTS_DIR: attachmentsDir });
  let t: TestApp;
  let driver: ChainDriver;

  beforeAll(() => {
    ({ t, driver } = app);
  });
  afterAll(() => rmSync(attachmentsDir, { recursive: true, force: true }));

  async function createDraft(localityCode = '07234', awardTypeCode = 'BK-CT-TINH'): Promise<string> {
    const response = await t
      .http()
      .post('/api/dossiers')
      .set(await t.as(`clerk.${localityCode}`))
      .send({ awardTypeCode, localityId: await driver.localityId(localityCode), title: 'Đề nghị khen thưởng năm 2026', nominees: [{ kind: 'individual', fullName: 'Người có sẵn trong danh sách' }] })
      .expect(201);
    return response.body.id as string;
  }

  async function sheet(rows: unknown[][], header: unknown[] = HEADER): Promise<Buffer> {
    const workbook = new Workbook();
    const worksheet = workbook.addWorksheet('Danh sách');
    worksheet.addRow(header);
    rows.forEach((row) => worksheet.addRow(row));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  /** A big list written as a stream, the way another program might produce it. */
  async function longSheet(rows: number): Promise<Buffer> {
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk));
    const workbook = new stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: true });
    const worksheet = workbook.addWorksheet('Danh sách');
    worksheet.addRow(HEADER).commit();
    for (let i = 1; i <= rows; i++) worksheet.addRow([i, 'Hộ gia đình', `Hộ ông Nguyễn Văn Ấn ${i}`, 'Thôn Đồng Tâm', 'Thoát nghèo bền vững']).commit();
    worksheet.commit();
    await workbook.commit();
    return Buffer.concat(chunks);
  }

  async function importFile(dossierId: string, content: Buffer, username = 'clerk.07234', fileName = 'Danh sách.xlsx') {
    const { body, contentType } = multipartBody([{ name: 'file', fileName, content }]);
    return t.http().post(`/api/dossiers/${dossierId}/nominees/import`).set(await t.as(username)).set('Content-Type', contentType).send(body);
  }

  async function getXlsx(path: string, username = 'clerk.07234') {
    return t.http().get(path).set(await t.as(username)).buffer(true).parse(binaryBody);
  }

  async function load(content: Buffer): Promise<Workbook> {
    const workbook = new Workbook();
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
    return workbook;
  }

  async function lines(dossierId: string): Promise<Line[]> {
    const nominees = (await driver.dossier(dossierId)).nominees as Array<Line & { position: number }>;
    expect(nominees.map((nominee) => nominee.position)).toEqual(nominees.map((_, index) => index + 1));
    return nominees.map(({ kind, fullName, title, achievements }) => ({ kind, fullName, title, achievements }));
  }

  /** What a refused import must not have changed. */
  async function footprint(dossierId: string) {
    const nominees = await t.dataSource.query('SELECT id FROM nominees WHERE dossier_id = $1 ORDER BY position', [dossierId]);
    const [{ version }] = await t.dataSource.query('SELECT version FROM dossiers WHERE id = $1', [dossierId]);
    const [{ events }] = await t.dataSource.query('SELECT count(*)::int AS events FROM audit_events WHERE dossier_id = $1', [dossierId]);
    return { nominees: nominees.map((row: { id: string }) => row.id), version, events };
  }

  it('serves a template with Vietnamese headers, widths and the kind as a drop-down list', async () => {
    const response = await getXlsx('/api/nominee-template.xlsx');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX);
    expect(response.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Mẫu danh sách đề nghị khen thưởng.xlsx')}`);
    const workbook = await load(response.body);
    const list = workbook.worksheets[0]!;
    expect(list.getRow(1).values).toEqual([undefined, ...HEADER]);
    expect(list.getColumn(3).width).toBeGreaterThanOrEqual(30);
    expect(list.getCell('B2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Cá nhân,Tập thể,Hộ gia đình,Doanh nghiệp"'] });
    expect(list.getCell('B500').dataValidation?.type).toBe('list');
    expect(workbook.worksheets[1]?.name).toBe('Hướng dẫn');
  });

  it('replaces a draft’s list with the rows of the filled-in template, all in one go', async () => {
    const dossierId = await createDraft();
    const template = await load((await getXlsx('/api/nominee-template.xlsx')).body);
    const list = template.worksheets[0]!;
    list.getRow(2).values = [1, 'Cá nhân', 'Nguyễn Thị Thu Hương', 'Trưởng thôn Đồng Tâm', 'Ba năm liền hoàn thành xuất sắc nhiệm vụ'];
    list.getRow(3).values = [2, 'Hộ gia đình', 'Hộ ông Lương Văn Thắng'.normalize('NFD'), 'Thôn Nà Hin', null];
    list.getRow(5).values = [3, 'tap the', 'Chi hội Phụ nữ thôn Bản Chăn', '', 'Giúp 12 hộ thoát nghèo'];
    const before = await footprint(dossierId);
    const response = await importFile(dossierId, Buffer.from(await template.xlsx.writeBuffer()));
    expect([response.status, response.body]).toEqual([200, { dossierId, imported: 3, replaced: 1 }]);
    expect(await lines(dossierId)).toEqual([
      { kind: 'individual', fullName: 'Nguyễn Thị Thu Hương', title: 'Trưởng thôn Đồng Tâm', achievements: 'Ba năm liền hoàn thành xuất sắc nhiệm vụ' },
      { kind: 'household', fullName: 'Hộ ông Lương Văn Thắng', title: 'Thôn Nà Hin', achievements: null },
      { kind: 'collective', fullName: 'Chi hội Phụ nữ thôn Bản Chăn', title: null, achievements: 'Giúp 12 hộ thoát nghèo' },
    ]);
    const after = await footprint(dossierId);
    expect(after.version).toBe(before.version + 1);
    expect(after.nominees.some((id: string) => before.nominees.includes(id))).toBe(false);
    const dossier = await driver.dossier(dossierId);
    expect(dossier.history.verified).toBe(true);
    expect(dossier.history.events.at(-1)).toMatchObject({ type: 'nominees.imported', actor: 'clerk.07234', payload: { imported: 3, replaced: 1, fileName: 'Danh sách.xlsx' } });
    const found = await t.http().get('/api/dossiers').query({ q: 'luong van thang' }).set(await t.as('clerk.07234')).expect(200);
    expect(found.body.items.map((item: { id: string }) => item.id)).toContain(dossierId);
  });

  it('exports a list that imports into another draft as the same list', async () => {
    const source = await createDraft();
    const original = [
      [1, 'Cá nhân', 'Đặng Thị Mỹ Dung', 'Bí thư Chi bộ thôn', 'Vận động 5 hộ thoát nghèo;\nxây 2 nhà đại đoàn kết'],
      [2, 'Doanh nghiệp', 'Công ty TNHH Thương mại Đồng Tiến', 'Thị trấn Cầu Gồ, huyện Yên Thế', 'Ủng hộ 250 triệu đồng'],
      [3, 'Hộ gia đình', 'Hộ bà Hoàng Thị Ngọc', null, null],
      [4, 'Tập thể', 'Hội Cựu chiến binh xã', 'Xã Canh Nậu', 'Thành tích xuất sắc'],
    ];
    await importFile(source, await sheet(original)).then((r) => expect(r.status).toBe(200));
    const exported = await getXlsx(`/api/dossiers/${source}/nominees.xlsx`, 'supervisor.24');
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toBe(XLSX);
    const code = (await driver.dossier(source)).code as string;
    expect(exported.headers['content-disposition']).toContain(encodeURIComponent(`Danh sách đề nghị ${code}.xlsx`));
    const list = (await load(exported.body)).worksheets[0]!;
    expect(String(list.getCell('A1').value)).toBe('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
    expect(String(list.getCell('A3').value)).toContain('Trạng thái: Đang soạn thảo');
    expect(list.getRow(5).values).toEqual([undefined, ...HEADER]);
    expect(list.getRow(7).values).toEqual([undefined, 2, 'Doanh nghiệp', 'Công ty TNHH Thương mại Đồng Tiến', 'Thị trấn Cầu Gồ, huyện Yên Thế', 'Ủng hộ 250 triệu đồng']);

    const target = await createDraft();
    const imported = await importFile(target, exported.body);
    expect([imported.status, imported.body.imported]).toEqual([200, 4]);
    expect(await lines(target)).toEqual(await lines(source));

    await t.http().post(`/api/dossiers/${source}/submit`).set(await t.as('clerk.07234')).expect(200);
    const submitted = (await load((await getXlsx(`/api/dossiers/${source}/nominees.xlsx`)).body)).worksheets[0]!;
    expect(String(submitted.getCell('A3').value)).toContain('Trạng thái: Đang xử lý');
  });

  it('reports every bad row with its number and a Vietnamese message, and imports none', async () => {
    const dossierId = await createDraft();
    const before = await footprint(dossierId);
    const response = await importFile(dossierId, await sheet([
      [1, 'Cá nhân', 'Hợp lệ'],
      [2, 'Thôn', 'Thôn Đồng Tâm'],
      [3, 'Hộ gia đình', ''],
      [4, 'Cá nhân', 'A'.repeat(501)],
    ]));
    expect([response.status, response.body.code]).toEqual([422, 'NOMINEE_IMPORT_INVALID']);
    expect(response.body.details).toEqual({
      total: 3,
      truncated: false,
      rows: [
        { row: 3, column: 'Loại đối tượng', message: 'Loại đối tượng "Thôn" không hợp lệ; chọn một trong: Cá nhân, Tập thể, Hộ gia đình, Doanh nghiệp' },
        { row: 4, column: 'Họ và tên / Tên tập thể', message: 'Chưa ghi họ và tên / tên tập thể' },
        { row: 5, column: 'Họ và tên / Tên tập thể', message: 'Dài 501 ký tự, tối đa 500 ký tự' },
      ],
    });
    expect(response.body.message).toContain('chưa nhập dòng nào');
    expect(await footprint(dossierId)).toEqual(before);
  });

  it.each([
    ['wrong columns', () => sheet([['Hộ ông A', 4]], ['Tên hộ', 'Số nhân khẩu']), 422, 'NOMINEE_IMPORT_COLUMNS', { missing: ['Loại đối tượng', 'Họ và tên / Tên tập thể'], duplicated: [] }],
    ['a missing kind column', () => sheet([[1, 'Hộ ông A']], ['STT', 'Họ và tên']), 422, 'NOMINEE_IMPORT_COLUMNS', { missing: ['Loại đối tượng'], duplicated: [] }],
    ['100,000 rows', () => longSheet(100_000), 422, 'NOMINEE_IMPORT_TOO_MANY_ROWS', { limit: 5000 }],
    ['5,001 rows', () => longSheet(5001), 422, 'NOMINEE_IMPORT_TOO_MANY_ROWS', { limit: 5000 }],
    ['a header and no rows', () => sheet([[null, '', '  ']]), 422, 'NOMINEE_IMPORT_EMPTY', undefined],
    ['a CSV named .xlsx', async () => Buffer.from('STT,Loại đối tượng,Họ và tên\n1,Cá nhân,A\n'), 415, 'NOMINEE_IMPORT_NOT_XLSX', undefined],
    ['a PDF', () => samplePdf(), 415, 'NOMINEE_IMPORT_NOT_XLSX', undefined],
    ['a Word document', async () => sampleDocx(), 415, 'NOMINEE_IMPORT_NOT_XLSX', undefined],
    ['an empty file', async () => Buffer.alloc(0), 415, 'NOMINEE_IMPORT_NOT_XLSX', undefined],
  ])('refuses %s and changes nothing', async (_what, make, status, code, details) => {
    const dossierId = await createDraft();
    const before = await footprint(dossierId);
    const response = await importFile(dossierId, await make());
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    if (details) expect(response.body.details).toEqual(details);
    expect(response.body.message).toMatch(/[àáảãạăâđêôơưếềểễệốồổỗộớờởỡợứừửữự]/i);
    expect(await footprint(dossierId)).toEqual(before);
  });

  it('refuses kinds the award is not given to, naming their rows', async () => {
    const dossierId = await createDraft('07234', 'GK-CT-XA');
    const before = await footprint(dossierId);
    const response = await importFile(dossierId, await sheet([[1, 'Cá nhân', 'Đào Văn Tuấn'], [2, 'Doanh nghiệp', 'HTX Nông nghiệp Đồng Tâm'], [3, 'Doanh nghiệp', 'Công ty CP Chè Yên Thế']]));
    expect([response.status, response.body.code]).toEqual([422, 'NOMINEE_NOT_ELIGIBLE']);
    expect(response.body.details.positions).toEqual([3, 4]);
    expect(await footprint(dossierId)).toEqual(before);
  });

  it.each([
    ['the clerk of another commune, who may not see it', 'clerk.07246', 404, 'DOSSIER_NOT_FOUND'],
    ['another role at the same commune', 'secretary.07234', 403, 'DOSSIER_FORBIDDEN'],
    ['the province supervisor', 'supervisor.24', 403, 'DOSSIER_FORBIDDEN'],
  ])('refuses an import by %s', async (_who, username, status, code) => {
    const dossierId = await createDraft();
    const before = await footprint(dossierId);
    const response = await importFile(dossierId, await sheet([[1, 'Cá nhân', 'Ai đó']]), username);
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(await footprint(dossierId)).toEqual(before);
  });

  it('imports into drafts only, and needs a file', async () => {
    const dossierId = await createDraft();
    const missing = await t.http().post(`/api/dossiers/${dossierId}/nominees/import`).set(await t.as('clerk.07234')).send({});
    expect([missing.status, missing.body.code]).toEqual([400, 'NOMINEE_IMPORT_FILE_REQUIRED']);
    await t.http().post(`/api/dossiers/${dossierId}/submit`).set(await t.as('clerk.07234')).expect(200);
    const before = await footprint(dossierId);
    const late = await importFile(dossierId, await sheet([[1, 'Cá nhân', 'Quá muộn']]));
    expect([late.status, late.body.code]).toEqual([409, 'DOSSIER_NOT_DRAFT']);
    expect(await footprint(dossierId)).toEqual(before);
  });

  it('keeps the evidence of a replaced nominee on the dossier, untied', async () => {
    const dossierId = await createDraft();
    const nomineeId = (await driver.dossier(dossierId)).nominees[0].id as string;
    const { body, contentType } = multipartBody([{ name: 'file', fileName: 'Minh chứng.pdf', content: await samplePdf() }, { name: 'nomineeId', value: nomineeId }]);
    const attached = await t.http().post(`/api/dossiers/${dossierId}/attachments`).set(await t.as('clerk.07234')).set('Content-Type', contentType).send(body).expect(201);
    await importFile(dossierId, await sheet([[1, 'Cá nhân', 'Người mới']])).then((r) => expect(r.status).toBe(200));
    const list = await t.http().get(`/api/dossiers/${dossierId}/attachments`).set(await t.as('clerk.07234')).expect(200);
    expect(list.body).toEqual([{ ...attached.body, nomineeId: null }]);
  });

  it('exports the dossiers a user may read, one row each, with the list’s filters', async () => {
    const draft = await createDraft('07234', 'GK-CT-XA');
    const elsewhere = await createDraft('07246');
    const codes = { draft: (await driver.dossier(draft)).code as string, elsewhere: (await driver.dossier(elsewhere)).code as string };
    const rowsOf = async (query: string, username: string) => {
      const response = await getXlsx(`/api/dossiers.xlsx${query}`, username);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(XLSX);
      const worksheet = (await load(response.body)).worksheets[0]!;
      const rows: unknown[][] = [];
      worksheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    const all = await rowsOf('', 'supervisor.TW');
    expect(all[0]).toEqual(['STT', 'Mã hồ sơ', 'Tên hồ sơ', 'Hình thức khen thưởng', 'Đơn vị đề nghị', 'Trạng thái', 'Kết quả', 'Số đối tượng', 'Ngày lập', 'Ngày trình', 'Ngày kết thúc']);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM dossiers');
    expect(all).toHaveLength(n + 1);
    const mine = all.find((row) => row[1] === codes.draft);
    expect(mine?.slice(2, 8)).toEqual(['Đề nghị khen thưởng năm 2026', expect.stringContaining('Giấy khen'), 'Thị trấn Cầu Gồ', 'Đang soạn thảo', undefined, 1]);
    expect(mine?.[8]).toBeInstanceOf(Date);

    const commune = (await rowsOf('', 'clerk.07246')).map((row) => row[1]);
    expect(commune).toContain(codes.elsewhere);
    expect(commune).not.toContain(codes.draft);
    const filtered = (await rowsOf(`?localityId=${await driver.localityId('07234')}&awardTypeCode=GK-CT-XA&status=draft`, 'supervisor.24')).slice(1);
    expect(filtered.map((row) => row[1])).toContain(codes.draft);
    expect(filtered.every((row) => row[5] === 'Đang soạn thảo' && String(row[3]).includes('Giấy khen'))).toBe(true);
    expect(filtered.map((row) => row[1])).not.toContain(codes.elsewhere);

    const unknown = await t.http().get('/api/dossiers.xlsx?localityId=00000000-0000-4000-8000-000000000000').set(await t.as('supervisor.TW'));
    expect([unknown.status, unknown.body.code]).toEqual([404, 'LOCALITY_NOT_FOUND']);
    const bad = await t.http().get('/api/dossiers.xlsx?status=archived').set(await t.as('supervisor.TW'));
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('filters the export exactly as the list: the same filters, checks and rows', async () => {
    const submitted = await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'BK-CT-TINH' });
    const code = (await driver.dossier(submitted)).code as string;
    const exported = async (query: string) => {
      const response = await getXlsx(`/api/dossiers.xlsx?${query}`, 'supervisor.24');
      expect(response.status).toBe(200);
      const codes: unknown[] = [];
      (await load(response.body)).worksheets[0]!.eachRow((row, index) => index > 1 && codes.push((row.values as unknown[])[2]));
      return codes;
    };
    const listed = async (query: string) =>
      ((await t.http().get(`/api/dossiers?pageSize=200&${query}`).set(await t.as('supervisor.24')).expect(200)).body.items as Array<{ code: string }>).map((item) => item.code);
    // The filters the export did not know before sharing the list's: the day of submission (in Vietnam).
    for (const query of ['submittedFrom=2026-03-02&submittedTo=2026-03-02', 'submittedFrom=2026-03-03', `status=in_progress&localityId=${await driver.localityId('215')}`]) {
      expect(await exported(query)).toEqual(await listed(query));
    }
    expect(await exported('submittedFrom=2026-03-02&submittedTo=2026-03-02')).toContain(code);
    expect(await exported('submittedFrom=2026-03-03')).not.toContain(code);
    const reversed = await t.http().get('/api/dossiers.xlsx?submittedFrom=2026-03-05&submittedTo=2026-03-01').set(await t.as('supervisor.24'));
    expect([reversed.status, reversed.body.code]).toEqual([400, 'DATE_RANGE_INVALID']);
    const notADay = await t.http().get('/api/dossiers.xlsx?submittedFrom=02/03/2026').set(await t.as('supervisor.24'));
    expect([notADay.status, notADay.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('exports a dossier’s list only to those who may read it', async () => {
    const dossierId = await createDraft();
    const hidden = await t.http().get(`/api/dossiers/${dossierId}/nominees.xlsx`).set(await t.as('clerk.07246'));
    expect([hidden.status, hidden.body.code]).toEqual([404, 'DOSSIER_NOT_FOUND']);
    const anonymous = await t.http().get(`/api/dossiers/${dossierId}/nominees.xlsx`);
    expect(anonymous.status).toBe(401);
  });
});
