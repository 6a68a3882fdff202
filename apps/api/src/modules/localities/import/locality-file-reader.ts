import { extname } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { fromBuffer } from 'file-type';
import { foldVietnamese, type ImportRowInput } from '@vinh-danh/domain';
import { LocalityImportFileError } from '../localities.errors';
import { parseCsv } from './csv-table';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;

/** What multer hands over (the file is kept in memory, never written to disk). */
export interface UploadedFileLike {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

interface Table {
  records: Array<{ line: number; cells: string[] }>;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Columns of the statistics office listing, by their folded Vietnamese header. */
const COLUMNS = {
  code: 'ma',
  name: 'ten',
  kind: 'cap',
  parentCode: 'ma cap tren',
  validFrom: 'hieu luc tu',
  validTo: 'hieu luc den',
} as const;
const REQUIRED_HEADERS: Array<[keyof typeof COLUMNS, string]> = [
  ['code', 'Mã'],
  ['name', 'Tên'],
  ['kind', 'Cấp'],
  ['parentCode', 'Mã cấp trên'],
];

/**
 * Reads a listing sent as CSV (UTF-8, comma or semicolon) or XLSX (first sheet), checking
 * that the content is what the name says, and returns its data rows.
 */
export async function readLocalityFile(file: UploadedFileLike): Promise<ImportRowInput[]> {
  const format = formatOf(file);
  const detected = await fromBuffer(file.buffer);
  const table = format === 'xlsx' ? await readXlsx(file.buffer, detected?.ext) : readCsv(file.buffer, detected?.ext);
  return toRows(table);
}

function formatOf(file: UploadedFileLike): 'csv' | 'xlsx' {
  const extension = extname(file.originalname).toLowerCase();
  if (extension === '.csv' || extension === '.xlsx') return extension === '.csv' ? 'csv' : 'xlsx';
  if (!extension && file.mimetype === 'text/csv') return 'csv';
  if (!extension && file.mimetype === XLSX_MIME) return 'xlsx';
  throw LocalityImportFileError.unsupportedType(file.originalname);
}

function readCsv(buffer: Buffer, detected: string | undefined): Table {
  // Binary content (a spreadsheet, an image, a zip) under a .csv name.
  if (detected || buffer.includes(0)) throw LocalityImportFileError.contentMismatch('csv');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw LocalityImportFileError.notUtf8();
  }
  // Room for blank lines; past that the file is too long whatever it holds (never cut silently).
  const { records, truncated } = parseCsv(text.normalize('NFC'), 2 * MAX_IMPORT_ROWS + 1);
  if (truncated) throw LocalityImportFileError.tooManyRows(MAX_IMPORT_ROWS);
  return { records };
}

/**
 * Streams the first sheet so a huge file is refused after MAX_IMPORT_ROWS rows instead of
 * being inflated whole into memory (a 100,000-row sheet would take seconds and ~400 MB).
 */
async function readXlsx(buffer: Buffer, detected: string | undefined): Promise<Table> {
  if (detected !== 'xlsx') throw LocalityImportFileError.contentMismatch('xlsx');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  const records: Table['records'] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        if (records.length > MAX_IMPORT_ROWS) throw LocalityImportFileError.tooManyRows(MAX_IMPORT_ROWS);
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          cells[column - 1] = cellText(cell.value);
        });
        if (!isBlank(Array.from(cells, (cell) => cell ?? ''))) records.push({ line: row.number, cells: Array.from(cells, (cell) => cell ?? '') });
      }
      // Only the first sheet is the listing.
      return { records };
    }
  } catch (error) {
    if (error instanceof LocalityImportFileError) throw error;
    throw LocalityImportFileError.unreadable();
  }
  throw LocalityImportFileError.unreadable();
}

/** Cell values as the listing means them: dates as dd/mm/yyyy, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value).normalize('NFC');
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => !cell.trim());
}

function toRows(table: Table): ImportRowInput[] {
  const records = table.records.filter((record) => !isBlank(record.cells));
  const [header, ...data] = records;
  if (!header) throw LocalityImportFileError.empty();
  const folded = header.cells.map((cell) => foldVietnamese(cell));
  const index = (key: keyof typeof COLUMNS) => folded.indexOf(COLUMNS[key]);
  const missing = REQUIRED_HEADERS.filter(([key]) => index(key) < 0).map(([, label]) => label);
  if (missing.length) throw LocalityImportFileError.badHeader(missing);
  if (data.length === 0) throw LocalityImportFileError.empty();
  if (data.length > MAX_IMPORT_ROWS) throw LocalityImportFileError.tooManyRows(MAX_IMPORT_ROWS);
  const at = (cells: string[], key: keyof typeof COLUMNS) => (index(key) < 0 ? undefined : (cells[index(key)] ?? ''));
  return data.map(({ line, cells }) => ({
    line,
    code: at(cells, 'code') ?? '',
    name: at(cells, 'name') ?? '',
    kind: at(cells, 'kind') ?? '',
    parentCode: at(cells, 'parentCode') ?? '',
    validFrom: at(cells, 'validFrom'),
    validTo: at(cells, 'validTo'),
  }));
}
