import { stream } from 'exceljs';
import type { CellValue } from 'exceljs';
import {
  matchNomineeSheetHeader,
  nomineeSheetRequiredHeaders,
  NOMINEE_SHEET_HEADER_SCAN_ROWS,
  readNomineeSheetRow,
  type NomineeSheetField,
  type NomineeSheetHeader,
  type NomineeSheetRowProblem,
  type NomineeSheetRowValue,
} from '@vinh-danh/domain';
import { AppError } from '../../../common/errors/app-error';
import { NomineeImportColumnsError, NomineeImportNotXlsxError, NomineeImportTooManyRowsError, NomineeImportUnreadableError } from '../spreadsheets.errors';
import { cellText } from './cell-text';
import { streamInReadingOrder, zipEntrySpans } from './zip-reading-order';

/** Only so many row problems travel in the answer; the count covers all of them. */
const MAX_LISTED_PROBLEMS = 200;

export interface NomineeSheetContent {
  nominees: Array<{ row: number; nominee: NomineeSheetRowValue }>;
  problems: NomineeSheetRowProblem[];
  problemCount: number;
}

/**
 * Reads the first worksheet of an XLSX row by row (exceljs streaming reader): finds the
 * header row, checks each data row, and stops at the first row past `maxRows`, so a file
 * of 100,000 rows is refused after reading 5,001 of them, without holding it all.
 */
export async function readNomineeSheet(archive: Buffer, maxRows: number): Promise<NomineeSheetContent> {
  const spans = zipEntrySpans(archive);
  if (!spans) throw new NomineeImportNotXlsxError();
  // Without the workbook's relationships exceljs would spool each sheet to a temporary file.
  if (!spans.some((span) => span.name === 'xl/_rels/workbook.xml.rels')) throw new NomineeImportUnreadableError();
  const content: NomineeSheetContent = { nominees: [], problems: [], problemCount: 0 };
  const reader = new stream.xlsx.WorkbookReader(streamInReadingOrder(archive, spans), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  let header: NomineeSheetHeader | undefined;
  let dataRows = 0;
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const cells = (row.values as CellValue[]).map((value) => cellText(value));
        if (!header) {
          if (row.number > NOMINEE_SHEET_HEADER_SCAN_ROWS) break;
          const candidate = matchNomineeSheetHeader(cells);
          if (Object.keys(candidate.columns).length === 0) continue;
          if (candidate.missing.length > 0 || candidate.duplicated.length > 0) throw new NomineeImportColumnsError(candidate.missing, candidate.duplicated);
          header = candidate;
          continue;
        }
        const read = readNomineeSheetRow(row.number, pick(cells, header));
        if (read.empty) continue;
        if (++dataRows > maxRows) throw new NomineeImportTooManyRowsError(maxRows);
        if (read.nominee) content.nominees.push({ row: row.number, nominee: read.nominee });
        content.problemCount += read.problems.length;
        content.problems.push(...read.problems.slice(0, MAX_LISTED_PROBLEMS - content.problems.length));
      }
      break; // the list is the first worksheet; the rest (instructions…) is not read
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new NomineeImportUnreadableError();
  }
  if (!header) throw new NomineeImportColumnsError(nomineeSheetRequiredHeaders(), []);
  return content;
}

function pick(cells: string[], header: NomineeSheetHeader): Partial<Record<NomineeSheetField, string>> {
  return Object.fromEntries(Object.entries(header.columns).map(([field, column]) => [field, cells[column] ?? '']));
}
