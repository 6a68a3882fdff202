import ExcelJS from 'exceljs';

/** Listings made in code for the import specs: the header the statistics office uses, then rows. */
export const LISTING_HEADER = ['Mã', 'Tên', 'Cấp', 'Mã cấp trên', 'Hiệu lực từ', 'Hiệu lực đến'];

export function listingCsv(rows: string[][], { delimiter = ',', header = LISTING_HEADER, bom = false } = {}): Buffer {
  const quote = (cell: string) => (/[",;\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const text = [header, ...rows].map((row) => row.map(quote).join(delimiter)).join('\r\n');
  return Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8');
}

export async function listingXlsx(rows: unknown[][], header: unknown[] = LISTING_HEADER): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh mục');
  sheet.addRow(header);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
