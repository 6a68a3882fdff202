import { foldVietnamese } from '../search/fold-vietnamese';

/**
 * The nominee list as a spreadsheet (danh sách đề nghị khen thưởng): its columns, how a
 * header row typed by hand is recognised, and what makes a data row valid. Pure rules; the
 * api reads and writes the XLSX around them.
 */
export const NOMINEE_SHEET_MAX_ROWS = 5000;

/** Header rows are looked for in the first rows only: a title block may sit above them. */
export const NOMINEE_SHEET_HEADER_SCAN_ROWS = 20;

export const NOMINEE_SHEET_KINDS = ['individual', 'collective', 'household', 'enterprise'] as const;
export type NomineeSheetKind = (typeof NOMINEE_SHEET_KINDS)[number];

export const NOMINEE_KIND_LABELS_VI: Record<NomineeSheetKind, string> = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
  household: 'Hộ gia đình',
  enterprise: 'Doanh nghiệp',
};

/** Other spellings a clerk may type for a kind; the Vietnamese label and the code always work. */
const KIND_ALIASES: Record<NomineeSheetKind, string[]> = {
  individual: [],
  collective: [],
  household: ['Hộ'],
  enterprise: ['Hợp tác xã', 'Doanh nghiệp, hợp tác xã', 'Doanh nghiệp/Hợp tác xã'],
};

export type NomineeSheetField = 'position' | 'kind' | 'fullName' | 'title' | 'achievements';

export interface NomineeSheetColumn {
  field: NomineeSheetField;
  header: string;
  /** Headers a hand-made sheet may use instead; compared without diacritics or case. */
  aliases: string[];
  required: boolean;
  maxLength?: number;
  /** Width in characters in the files we write. */
  width: number;
}

export const NOMINEE_SHEET_COLUMNS: readonly NomineeSheetColumn[] = [
  { field: 'position', header: 'STT', aliases: ['Số thứ tự', 'TT'], required: false, width: 6 },
  { field: 'kind', header: 'Loại đối tượng', aliases: ['Đối tượng', 'Loại'], required: true, width: 18 },
  { field: 'fullName', header: 'Họ và tên / Tên tập thể', aliases: ['Họ và tên', 'Họ tên', 'Tên tập thể', 'Tên'], required: true, maxLength: 500, width: 40 },
  { field: 'title', header: 'Chức vụ / Địa chỉ', aliases: ['Chức vụ', 'Địa chỉ', 'Chức vụ, địa chỉ'], required: false, maxLength: 500, width: 36 },
  { field: 'achievements', header: 'Tóm tắt thành tích', aliases: ['Thành tích'], required: false, maxLength: 20000, width: 70 },
];

export interface NomineeSheetHeader {
  /** 1-based column number of each recognised field. */
  columns: Partial<Record<NomineeSheetField, number>>;
  /** Headers of required columns that were not found. */
  missing: string[];
  /** Headers found in more than one column. */
  duplicated: string[];
}

/** Recognises the header cells of one row (index = column number); unknown columns are ignored. */
export function matchNomineeSheetHeader(cells: ReadonlyArray<string | null | undefined>): NomineeSheetHeader {
  const columns: Partial<Record<NomineeSheetField, number>> = {};
  const duplicated: string[] = [];
  cells.forEach((cell, index) => {
    const column = cell ? columnForHeader(cell) : undefined;
    if (!column) return;
    if (columns[column.field] !== undefined) {
      if (!duplicated.includes(column.header)) duplicated.push(column.header);
      return;
    }
    columns[column.field] = index;
  });
  const missing = NOMINEE_SHEET_COLUMNS.filter((column) => column.required && columns[column.field] === undefined).map((column) => column.header);
  return { columns, missing, duplicated };
}

/** Whether a row has any cell that names one of our columns (a header row candidate). */
export function isNomineeSheetHeaderRow(cells: ReadonlyArray<string | null | undefined>): boolean {
  return Object.keys(matchNomineeSheetHeader(cells).columns).length > 0;
}

export function nomineeSheetRequiredHeaders(): string[] {
  return NOMINEE_SHEET_COLUMNS.filter((column) => column.required).map((column) => column.header);
}

function columnForHeader(cell: string): NomineeSheetColumn | undefined {
  const key = headerKey(cell);
  return NOMINEE_SHEET_COLUMNS.find((column) => [column.header, ...column.aliases].some((name) => headerKey(name) === key));
}

/** "  Họ và tên/Tên tập thể (*) " and "ho va ten / ten tap the" give the same key. */
function headerKey(text: string): string {
  return foldVietnamese(text.replace(/\([^)]*\)/g, ' ').replace(/\*/g, ' '))
    .replace(/\s*([/,])\s*/g, '$1')
    .replace(/[:.]$/, '')
    .trim();
}

export function parseNomineeKind(text: string): NomineeSheetKind | undefined {
  const key = headerKey(text);
  return NOMINEE_SHEET_KINDS.find((kind) => [kind, NOMINEE_KIND_LABELS_VI[kind], ...KIND_ALIASES[kind]].some((name) => headerKey(name) === key));
}

export interface NomineeSheetRowProblem {
  /** Row number in the sheet, as the spreadsheet program shows it. */
  row: number;
  column: string;
  message: string;
}

export interface NomineeSheetRowValue {
  kind: NomineeSheetKind;
  fullName: string;
  title: string | null;
  achievements: string | null;
}

export type NomineeSheetRow = { empty: true } | { empty: false; nominee: NomineeSheetRowValue | null; problems: NomineeSheetRowProblem[] };

/**
 * Checks one data row (cell texts by field). A row with nothing but its STT is empty and
 * skipped, so a template pre-numbered further down than the list reaches stays valid.
 */
export function readNomineeSheetRow(row: number, cells: Partial<Record<NomineeSheetField, string | null>>): NomineeSheetRow {
  const text = (field: NomineeSheetField) => (cells[field] ?? '').normalize('NFC').trim();
  const values = { kind: text('kind'), fullName: text('fullName'), title: text('title'), achievements: text('achievements') };
  if (!values.kind && !values.fullName && !values.title && !values.achievements) return { empty: true };
  const problems: NomineeSheetRowProblem[] = [];
  const problem = (field: NomineeSheetField, message: string) => problems.push({ row, column: headerOf(field), message });
  const kind = values.kind ? parseNomineeKind(values.kind) : undefined;
  if (!values.kind) problem('kind', 'Chưa ghi loại đối tượng');
  else if (!kind) problem('kind', `Loại đối tượng "${values.kind}" không hợp lệ; chọn một trong: ${Object.values(NOMINEE_KIND_LABELS_VI).join(', ')}`);
  if (!values.fullName) problem('fullName', 'Chưa ghi họ và tên / tên tập thể');
  for (const column of NOMINEE_SHEET_COLUMNS) {
    const value = (values as Record<string, string>)[column.field];
    const length = value === undefined ? 0 : [...value].length;
    if (column.maxLength && length > column.maxLength) problem(column.field, `Dài ${length} ký tự, tối đa ${column.maxLength} ký tự`);
    // U+FFFD stands for bytes that were not valid text: better refused than stored as a name.
    if (value?.includes('\uFFFD')) problem(column.field, 'Có ký tự không đọc được (�); hãy lưu lại tệp bằng Excel ở dạng .xlsx rồi nhập lại');
  }
  if (problems.length > 0 || !kind) return { empty: false, nominee: null, problems };
  return { empty: false, nominee: { kind, fullName: values.fullName, title: values.title || null, achievements: values.achievements || null }, problems };
}

function headerOf(field: NomineeSheetField): string {
  return NOMINEE_SHEET_COLUMNS.find((column) => column.field === field)?.header ?? field;
}
