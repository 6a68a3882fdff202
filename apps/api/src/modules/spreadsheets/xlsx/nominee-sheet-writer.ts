import { Workbook, type Worksheet } from 'exceljs';
import { NOMINEE_KIND_LABELS_VI, NOMINEE_SHEET_COLUMNS, NOMINEE_SHEET_MAX_ROWS, type NomineeSheetKind } from '@vinh-danh/domain';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Rows of the template that offer the drop-down, and spare rows below an exported list. */
const TEMPLATE_ROWS = 500;
const SPARE_ROWS = 100;

export interface NomineeListRow {
  kind: string;
  fullName: string;
  title: string | null;
  achievements: string | null;
  /** The latest level's result in words ("Huyện: Không đề nghị (…)"); a column is added when any line has one. */
  outcome?: string | null;
}

/** Not an import column: the reader ignores headers it does not know, so an exported list still imports. */
const OUTCOME_COLUMN = { header: 'Kết quả xét (cấp gần nhất)', width: 50 };

export interface NomineeListHeading {
  code: string;
  title: string;
  awardName: string;
  localityName: string;
  statusLabel: string;
}

/** The empty list a clerk fills in: header on row 1, the kind as a drop-down, instructions on a second sheet. */
export async function nomineeTemplateXlsx(): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Danh sách đề nghị');
  writeList(sheet, 1, [], TEMPLATE_ROWS);
  const help = workbook.addWorksheet('Hướng dẫn');
  help.columns = [{ width: 110 }];
  [
    'HƯỚNG DẪN ĐIỀN DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
    '1. Mỗi dòng là một cá nhân, tập thể, hộ gia đình hoặc doanh nghiệp được đề nghị.',
    `2. Cột "Loại đối tượng" chọn trong danh sách: ${Object.values(NOMINEE_KIND_LABELS_VI).join(', ')}.`,
    '3. Cột "Họ và tên / Tên tập thể" bắt buộc, tối đa 500 ký tự; "Chức vụ / Địa chỉ" tối đa 500 ký tự.',
    `4. Tối đa ${NOMINEE_SHEET_MAX_ROWS.toLocaleString('vi-VN')} dòng cho một hồ sơ. Giữ nguyên dòng tiêu đề; thứ tự các cột có thể thay đổi.`,
    '5. Khi nhập, danh sách trong tệp thay thế toàn bộ danh sách hiện có của hồ sơ; nếu có dòng lỗi thì không dòng nào được nhập.',
  ].forEach((line, index) => {
    const cell = help.getCell(index + 1, 1);
    cell.value = line;
    cell.font = { name: 'Times New Roman', size: 12, bold: index === 0 };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A dossier's list: a heading with its code, award, unit and status, then the template's columns. */
export async function nomineeListXlsx(heading: NomineeListHeading, nominees: NomineeListRow[]): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Danh sách đề nghị');
  const withOutcome = nominees.some((nominee) => nominee.outcome);
  const lastColumn = NOMINEE_SHEET_COLUMNS.length + (withOutcome ? 1 : 0);
  const lines: Array<[string, boolean]> = [
    ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', true],
    [`Hồ sơ ${heading.code}: ${heading.title}`, false],
    [`Hình thức: ${heading.awardName} · Đơn vị đề nghị: ${heading.localityName} · Trạng thái: ${heading.statusLabel}`, false],
  ];
  lines.forEach(([text, bold], index) => {
    sheet.mergeCells(index + 1, 1, index + 1, lastColumn);
    const cell = sheet.getCell(index + 1, 1);
    cell.value = text;
    cell.font = { name: 'Times New Roman', size: bold ? 14 : 12, bold };
    cell.alignment = { horizontal: bold ? 'center' : 'left', vertical: 'middle', wrapText: true };
  });
  writeList(sheet, lines.length + 2, nominees, nominees.length + SPARE_ROWS, withOutcome);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function newWorkbook(): Workbook {
  const workbook = new Workbook();
  workbook.creator = 'Vinh Danh';
  return workbook;
}

/** Header at `headerRow`, the rows under it, and the kind drop-down over `validatedRows` rows. */
function writeList(sheet: Worksheet, headerRow: number, nominees: NomineeListRow[], validatedRows: number, withOutcome = false): void {
  const columns = withOutcome ? [...NOMINEE_SHEET_COLUMNS, OUTCOME_COLUMN] : NOMINEE_SHEET_COLUMNS;
  sheet.columns = columns.map((column) => ({ width: column.width }));
  const header = sheet.getRow(headerRow);
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { name: 'Times New Roman', size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
  nominees.forEach((nominee, index) => {
    const kind = NOMINEE_KIND_LABELS_VI[nominee.kind as NomineeSheetKind] ?? nominee.kind;
    const row = sheet.getRow(headerRow + 1 + index);
    row.values = [index + 1, kind, nominee.fullName, nominee.title ?? '', nominee.achievements ?? '', ...(withOutcome ? [nominee.outcome ?? ''] : [])];
    row.alignment = { vertical: 'top', wrapText: true };
  });
  sheet.views = [{ state: 'frozen', ySplit: headerRow }];
  const kindColumn = NOMINEE_SHEET_COLUMNS.findIndex((column) => column.field === 'kind') + 1;
  const choices = `"${Object.values(NOMINEE_KIND_LABELS_VI).join(',')}"`;
  for (let row = headerRow + 1; row <= headerRow + validatedRows; row++) {
    sheet.getCell(row, kindColumn).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [choices],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Loại đối tượng',
      error: `Chọn một trong: ${Object.values(NOMINEE_KIND_LABELS_VI).join(', ')}`,
    };
  }
}
