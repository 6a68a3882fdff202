import { PassThrough, type Readable } from 'node:stream';
import { stream } from 'exceljs';

export interface DossierListRow {
  code: string;
  title: string;
  awardName: string;
  localityName: string;
  statusLabel: string;
  resultLabel: string | null;
  nominees: number;
  createdAt: Date;
  submittedAt: Date | null;
  closedAt: Date | null;
}

export const DOSSIER_LIST_HEADERS = [
  'STT',
  'Mã hồ sơ',
  'Tên hồ sơ',
  'Hình thức khen thưởng',
  'Đơn vị đề nghị',
  'Trạng thái',
  'Kết quả',
  'Số đối tượng',
  'Ngày lập',
  'Ngày trình',
  'Ngày kết thúc',
] as const;

const WIDTHS = [6, 18, 60, 36, 30, 16, 30, 12, 18, 18, 18];
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/**
 * One row per dossier, written with exceljs's streaming writer while pages of rows arrive,
 * so a list of many thousand dossiers never sits whole in memory. Times are shown in
 * Vietnam's time (a spreadsheet cell has no time zone).
 */
export function dossierListXlsx(pages: AsyncIterable<DossierListRow[]>): Readable {
  const output = new PassThrough();
  const workbook = new stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Vinh Danh';
  const sheet = workbook.addWorksheet('Danh sách hồ sơ', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  void (async () => {
    const header = sheet.addRow([...DOSSIER_LIST_HEADERS]);
    header.font = { name: 'Times New Roman', size: 12, bold: true };
    header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    header.commit();
    let number = 0;
    for await (const page of pages) {
      for (const dossier of page) {
        const row = sheet.addRow([
          ++number,
          dossier.code,
          dossier.title,
          dossier.awardName,
          dossier.localityName,
          dossier.statusLabel,
          dossier.resultLabel ?? null,
          dossier.nominees,
          vietnamTime(dossier.createdAt),
          dossier.submittedAt ? vietnamTime(dossier.submittedAt) : null,
          dossier.closedAt ? vietnamTime(dossier.closedAt) : null,
        ]);
        for (const column of [9, 10, 11]) row.getCell(column).numFmt = 'dd/mm/yyyy hh:mm';
        row.commit();
      }
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}

function vietnamTime(instant: Date): Date {
  return new Date(new Date(instant).getTime() + VIETNAM_OFFSET_MS);
}
