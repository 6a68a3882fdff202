import type { RenderOptions } from '../fonts/fonts';
import { MM, createDocument, frame, type Doc } from '../layout/document';
import { drawLetterhead } from '../layout/letterhead';
import { LEADING, drawLines } from '../layout/text';
import { balancedLines, wrapText } from '../layout/wrap';
import type { RenderMeta, RenderedPdf } from '../model/common';
import type { BundleInput } from '../model/inputs';
import { drawTable, type TableRow } from '../tables/table';
import { drawQr, qrPayload } from './qr';

export const NOT_MERGED = 'không ghép được';

export interface TocEntry {
  title: string;
  /** 1-based page in the bundle; undefined for an attachment that could not be merged. */
  page?: number;
  pageCount?: number;
  /** Why an attachment is missing. */
  failure?: string;
}

export interface CoverData {
  input: BundleInput;
  entries: TocEntry[];
  sha256: string;
  totalPages: number;
}

/**
 * The bundle's first page(s): what the dossier is, a QR code with its code and content hash,
 * and the table of contents with bundle page numbers (what a PDF viewer shows). Failed
 * attachments are listed too, marked "không ghép được" with the reason, so nothing silently
 * disappears from the file a council reads.
 */
export async function renderCover(data: CoverData, meta: RenderMeta, options: RenderOptions = {}): Promise<RenderedPdf> {
  const { doc, bytes } = openCover(data, meta, options);
  drawCover(doc, data);
  const { count } = doc.bufferedPageRange();
  doc.end();
  return { bytes: await bytes, pageCount: count };
}

function openCover({ input }: CoverData, meta: RenderMeta, options: RenderOptions) {
  return createDocument({ meta, fonts: options.fonts, title: `Hồ sơ ${input.dossier.code}: ${input.dossier.title}`, author: input.body.shortName });
}

/**
 * Pages the cover will take, laid out and thrown away before anything is embedded or written.
 * Row heights do not depend on the page numbers in the table, so this is the final count.
 */
export function coverPageCount(data: CoverData, meta: RenderMeta, options: RenderOptions = {}): number {
  const { doc } = openCover(data, meta, options);
  drawCover(doc, data, true);
  return doc.bufferedPageRange().count;
}

function drawCover(doc: Doc, data: CoverData, measureOnly = false): void {
  const { input, entries, sha256 } = data;
  const { dossier } = input;
  const f = frame(doc);

  let y = drawLetterhead(doc, { body: input.body });
  y = drawLines(doc, ['HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG'], f.left, y, f.width, { size: 16, style: 'bold', align: 'center' });
  y = drawLines(doc, balancedLines(doc, dossier.title, f.width * 0.85, 'bold', 14), f.left + f.width * 0.075, y, f.width * 0.85, {
    size: 14,
    style: 'bold',
    align: 'center',
  });
  y += 10;

  // Facts on the left, the QR code on the right, top-aligned.
  const qrSize = 34 * MM;
  const qrX = f.right - qrSize;
  if (!measureOnly) drawQr(doc, qrPayload(dossier.code, sha256), qrX, y, qrSize);
  const caption = ['SHA-256 nội dung:', sha256.slice(0, 32), sha256.slice(32)];
  drawLines(doc, caption, qrX - 6 * MM, y + qrSize + 2, qrSize + 6 * MM, { size: 7.5, align: 'center', leading: 9 });
  const factsW = f.width - qrSize - 10 * MM;
  const facts = [
    `Mã hồ sơ: ${dossier.code}`,
    `Hình thức khen thưởng: ${dossier.awardTypeName}`,
    ...(dossier.movementName ? [`Phong trào thi đua: “${dossier.movementName}”`] : []),
    `Đơn vị lập hồ sơ: ${input.body.shortName}`,
    `Tổng số trang: ${data.totalPages}`,
  ];
  let fy = y;
  for (const fact of facts) fy = drawLines(doc, wrapText(doc, fact, factsW, 'regular', 13), f.left, fy, factsW, { size: 13 }) + 3;
  y = Math.max(fy, y + qrSize + 3 * 9 + 4) + 10;

  y = drawLines(doc, ['MỤC LỤC'], f.left, y, f.width, { size: 14, style: 'bold', align: 'center' }) + 14 * LEADING * 0.2;
  doc.y = y;
  const rows: TableRow[] = entries.map((e, i) => ({
    kind: 'cells',
    cells: [String(i + 1), e.failure ? `${e.title} — ${NOT_MERGED}: ${e.failure}` : e.title, e.page ? String(e.page) : '–', e.pageCount ? String(e.pageCount) : '–'],
    style: e.failure ? 'italic' : 'regular',
  }));
  drawTable(doc, {
    columns: [
      { header: 'STT', width: 12 * MM, align: 'center' },
      { header: 'Tài liệu', width: f.width - 12 * MM - 36 * MM },
      { header: 'Trang', width: 18 * MM, align: 'center' },
      { header: 'Số trang', width: 18 * MM, align: 'center' },
    ],
    rows: rows.length > 0 ? rows : [{ kind: 'span', text: 'Không có tài liệu nào.', style: 'italic', align: 'center' }],
    size: 12,
    measureOnly,
  });
}
