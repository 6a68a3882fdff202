import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PassThrough } from 'node:stream';
import { stream, Workbook } from 'exceljs';
import { storedZip } from '../../../testing/sample-files';
import { readNomineeSheet } from './nominee-sheet-reader';
import { zipEntrySpans } from './zip-reading-order';

const HEADER = ['STT', 'Loại đối tượng', 'Họ và tên / Tên tập thể', 'Chức vụ / Địa chỉ', 'Tóm tắt thành tích'];

/** As Excel and exceljs store it: worksheets first, shared strings after them. */
async function workbookXlsx(rows: unknown[][]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  rows.forEach((row) => sheet.addRow(row));
  workbook.addWorksheet('Khác').addRow(['Họ và tên', 'không đọc trang này']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** As exceljs's streaming writer stores it: inline strings, no shared string table at all. */
async function streamedXlsx(rows: number): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(HEADER).commit();
  for (let i = 1; i <= rows; i++) sheet.addRow([i, 'Cá nhân', `Nguyễn Thị Hằng ${i}`, 'Thôn Đồng Tâm', 'Hoàn thành xuất sắc nhiệm vụ']).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

const exceljsTemporaryFiles = () => readdirSync(tmpdir()).filter((name) => name.startsWith('tmp-'));

describe('readNomineeSheet', () => {
  it('reads the rows under the header, skipping empty ones, whatever the order of the columns', async () => {
    const archive = await workbookXlsx([
      ['Tóm tắt thành tích', 'Họ và tên / Tên tập thể', 'Loại đối tượng'],
      ['Ba năm liền hoàn thành xuất sắc nhiệm vụ', 'Trần Văn Đức', 'Cá nhân'],
      [],
      ['', '  ', ''],
      [{ richText: [{ text: 'Thoát nghèo ' }, { text: 'bền vững', font: { bold: true } }] }, { text: 'Hộ bà Lò Thị Xuân', hyperlink: 'https://example.org' }, 'Hộ gia đình'],
    ]);
    expect(await readNomineeSheet(archive, 5000)).toEqual({
      nominees: [
        { row: 2, nominee: { kind: 'individual', fullName: 'Trần Văn Đức', title: null, achievements: 'Ba năm liền hoàn thành xuất sắc nhiệm vụ' } },
        { row: 5, nominee: { kind: 'household', fullName: 'Hộ bà Lò Thị Xuân', title: null, achievements: 'Thoát nghèo bền vững' } },
      ],
      problems: [],
      problemCount: 0,
    });
  });

  it('finds the header under a title block, and reads a workbook without a shared string table', async () => {
    const titled = await workbookXlsx([['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'], ['Hồ sơ HS-2026-000001'], [], HEADER, [1, 'Tập thể', 'Thôn Đồng Tâm', 'Xã Canh Nậu', '']]);
    expect((await readNomineeSheet(titled, 5000)).nominees).toEqual([{ row: 5, nominee: { kind: 'collective', fullName: 'Thôn Đồng Tâm', title: 'Xã Canh Nậu', achievements: null } }]);
    const streamed = await streamedXlsx(3);
    expect((await readNomineeSheet(streamed, 5000)).nominees.map(({ row, nominee }) => [row, nominee.fullName])).toEqual([
      [2, 'Nguyễn Thị Hằng 1'],
      [3, 'Nguyễn Thị Hằng 2'],
      [4, 'Nguyễn Thị Hằng 3'],
    ]);
  });

  it('keeps every Vietnamese letter of a long list, in shared strings and in inline strings alike', async () => {
    // Long enough that the unpacked XML crosses many chunk boundaries, some inside a letter.
    const names = Array.from({ length: 3000 }, (_, i) => `Nguyễn Thị Hằng Ấn Đức Ượng ${i + 1}`);
    const shared = await workbookXlsx([HEADER, ...names.map((name, i) => [i + 1, 'Cá nhân', name, 'Thôn Đồng Tâm, xã Canh Nậu', 'Hoàn thành xuất sắc nhiệm vụ'])]);
    expect((await readNomineeSheet(shared, 5000)).nominees.map(({ nominee }) => nominee.fullName)).toEqual(names);
    const inline = (await readNomineeSheet(await streamedXlsx(3000), 5000)).nominees;
    expect(inline.filter(({ nominee }) => !/^Nguyễn Thị Hằng \d+$/.test(nominee.fullName) || nominee.title !== 'Thôn Đồng Tâm')).toEqual([]);
  });

  it('reports row problems with their sheet row numbers', async () => {
    const archive = await workbookXlsx([HEADER, [1, 'Cá nhân', 'Đúng'], [2, 'Thôn', ''], [3, '', 'Không rõ loại']]);
    const content = await readNomineeSheet(archive, 5000);
    expect(content.problemCount).toBe(3);
    expect(content.problems.map((problem) => [problem.row, problem.column])).toEqual([
      [3, 'Loại đối tượng'],
      [3, 'Họ và tên / Tên tập thể'],
      [4, 'Loại đối tượng'],
    ]);
  });

  it('stops at the first row past the limit, without unpacking the sheet to a temporary file', async () => {
    const archive = await streamedXlsx(2000);
    const before = exceljsTemporaryFiles();
    await expect(readNomineeSheet(archive, 1500)).rejects.toMatchObject({ code: 'NOMINEE_IMPORT_TOO_MANY_ROWS', details: { limit: 1500 } });
    expect((await readNomineeSheet(archive, 2000)).nominees).toHaveLength(2000);
    expect(exceljsTemporaryFiles()).toEqual(before);
  });

  it.each([
    ['no header at all', [['Tên hộ', 'Số khẩu'], ['Hộ ông A', 4]], ['Loại đối tượng', 'Họ và tên / Tên tập thể'], []],
    ['a missing kind column', [['STT', 'Họ và tên'], [1, 'Hộ ông A']], ['Loại đối tượng'], []],
    ['a column given twice', [['Loại đối tượng', 'Họ tên', 'Họ và tên'], ['Cá nhân', 'A', 'B']], [], ['Họ và tên / Tên tập thể']],
  ])('names the columns when a sheet has %s', async (_what, rows, missing, duplicated) => {
    await expect(readNomineeSheet(await workbookXlsx(rows), 5000)).rejects.toMatchObject({ code: 'NOMINEE_IMPORT_COLUMNS', details: { missing, duplicated } });
  });

  it('refuses what is not an XLSX, and a zip without a worksheet', async () => {
    await expect(readNomineeSheet(Buffer.from('STT;Họ và tên\n1;A'), 5000)).rejects.toMatchObject({ code: 'NOMINEE_IMPORT_NOT_XLSX' });
    await expect(readNomineeSheet(storedZip([['xl/workbook.xml', '<workbook/>']]), 5000)).rejects.toMatchObject({ code: 'NOMINEE_IMPORT_UNREADABLE' });
    const rels = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';
    await expect(readNomineeSheet(storedZip([['xl/_rels/workbook.xml.rels', rels]]), 5000)).rejects.toMatchObject({ code: 'NOMINEE_IMPORT_COLUMNS' });
    const broken = storedZip([['xl/_rels/workbook.xml.rels', rels], ['xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Họ</x></row>']]);
    await expect(readNomineeSheet(broken, 5000)).rejects.toMatchObject({ code: 'NOMINEE_IMPORT_UNREADABLE' });
  });
});

describe('zipEntrySpans', () => {
  it('lists the entries of an archive in stored order, each span ending where the next begins', () => {
    const archive = storedZip([
      ['a.xml', 'một'],
      ['b/c.xml', 'hai ba'],
    ]);
    const spans = zipEntrySpans(archive);
    expect(spans?.map((span) => span.name)).toEqual(['a.xml', 'b/c.xml']);
    expect(spans?.[0]?.start).toBe(0);
    expect(spans?.[0]?.end).toBe(spans?.[1]?.start);
    expect(archive.readUInt32LE(spans?.[1]?.end ?? 0)).toBe(0x02014b50);
  });

  it('gives null for bytes that are not a zip', () => {
    expect(zipEntrySpans(Buffer.from('PK but not really'))).toBeNull();
    expect(zipEntrySpans(Buffer.alloc(0))).toBeNull();
  });
});
