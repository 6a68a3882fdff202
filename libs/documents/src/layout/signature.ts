import type { PlaceDate, Recipients, Signer } from '../model/common';
import { paragraph, paragraphHeight } from './body';
import { MM, frame, type Doc } from './document';
import { placeDateLine, upper } from './format';
import { LEADING, drawLines } from './text';
import { balancedLines, wrapText } from './wrap';

/** "Nơi nhận" column: bold italic 12 pt heading, 11 pt entries (Decree 30, Appendix I). */
export interface RecipientsColumn {
  kind: 'recipients';
  items: Recipients;
}

/** A signature: capacities and title in bold capitals, room for the signature and seal, the name. */
export interface SignatureColumn {
  kind: 'signature';
  headings: string[];
  /** "Yên Thế, ngày 09 tháng 11 năm 2020" above the headings, for documents without a letterhead date. */
  dateLine?: string;
  /** "(Ký, ghi rõ họ và tên)" under the headings, italic. */
  note?: string;
  name: string;
}

export type ClosingColumn = RecipientsColumn | SignatureColumn;

const SIGN_SIZE = 14;
/** Room for a handwritten signature and a round seal (about 3 cm). */
const SIGN_SPACE = 30 * MM;

/** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
export function signerHeadings(signer: Signer): string[] {
  const caps = (signer.capacities ?? []).map((c) => `${c.kind}. ${upper(c.of)}`);
  return [...caps, upper(signer.title)];
}

export function signatureOf(signer: Signer, extra: { note?: string; placeDate?: PlaceDate } = {}): SignatureColumn {
  const dateLine = extra.placeDate ? placeDateLine(extra.placeDate) : undefined;
  return { kind: 'signature', headings: signerHeadings(signer), name: signer.name, note: extra.note, dateLine };
}

/** "- UBND tỉnh;" … "- Lưu: VT." — the punctuation Decree 30 asks for. */
function recipientLines(items: Recipients): string[] {
  return items.map((item, i) => `- ${item.replace(/[;.]\s*$/, '')}${i === items.length - 1 ? '.' : ';'}`);
}

function columnLines(doc: Doc, col: ClosingColumn, width: number, size = SIGN_SIZE) {
  if (col.kind === 'recipients') {
    const items = recipientLines(col.items).flatMap((l) => wrapText(doc, l, width, 'regular', 11));
    return { height: 12 * LEADING + items.length * 11 * 1.25, items };
  }
  const headings = col.headings.flatMap((h) => balancedLines(doc, h, width, 'bold', size));
  const note = col.note ? wrapText(doc, col.note, width, 'italic', 13) : [];
  const date = col.dateLine ? wrapText(doc, col.dateLine, width, 'italic', 13) : [];
  const top = headings.length * size * LEADING + (note.length + date.length) * 13 * LEADING;
  // A name is one line, except a name too long for the column (bad input must still print whole).
  const name = wrapText(doc, col.name, width, 'bold', size);
  return { height: top + SIGN_SPACE + name.length * size * LEADING, top, headings, note, date, name };
}

/** Height of the part above the signature space, so two signers' names share one line. */
function topOf(doc: Doc, col: ClosingColumn | undefined, width: number, size: number): number {
  return col?.kind === 'signature' ? (columnLines(doc, col, width, size).top ?? 0) : 0;
}

function drawColumn(doc: Doc, col: ClosingColumn, x: number, y: number, width: number, nameY: number, size: number): void {
  if (col.kind === 'recipients') {
    drawLines(doc, ['Nơi nhận:'], x, y, width, { size: 12, style: 'boldItalic' });
    const { items = [] } = columnLines(doc, col, width);
    drawLines(doc, items, x, y + 12 * LEADING, width, { size: 11, leading: 11 * 1.25 });
    return;
  }
  const { headings = [], note = [], date = [], name = [] } = columnLines(doc, col, width, size);
  y = drawLines(doc, date, x, y, width, { size: 13, style: 'italic', align: 'center' });
  y = drawLines(doc, headings, x, y, width, { size, style: 'bold', align: 'center' });
  y = drawLines(doc, note, x, y, width, { size: 13, style: 'italic', align: 'center' });
  drawLines(doc, name, x, nameY, width, { size, style: 'bold', align: 'center' });
}

/** Height the closing row will take, so a table can keep its last row with it. */
export function closingHeight(doc: Doc, left: ClosingColumn | undefined, right: ClosingColumn | undefined): number {
  const f = frame(doc);
  const dual = left?.kind === 'signature';
  const size = dual ? 13 : SIGN_SIZE;
  const h = (col: ClosingColumn | undefined, share: number) => (col ? columnLines(doc, col, f.width * share, size).height : 0);
  return Math.max(h(left, dual ? 0.49 : 0.45), h(right, dual ? 0.49 : 0.5)) + 6;
}

/**
 * The closing row of a document: "Nơi nhận" (or a second signature) bottom left, the signature
 * bottom right. Kept together: if the row does not fit under the text it moves to a new page.
 */
export function drawClosing(
  doc: Doc,
  left: ClosingColumn | undefined,
  right: ClosingColumn | undefined,
  lastParagraph?: string,
): void {
  const f = frame(doc);
  // Two signatures share the row equally and step down to 13 pt so long titles fit.
  const dual = left?.kind === 'signature';
  const size = dual ? 13 : SIGN_SIZE;
  const leftW = f.width * (dual ? 0.49 : 0.45);
  const rightW = f.width * (dual ? 0.49 : 0.5);
  const rightX = f.right - rightW;
  const height = Math.max(
    left ? columnLines(doc, left, leftW, size).height : 0,
    right ? columnLines(doc, right, rightW, size).height : 0,
  );
  // Decree 30 practice: the signature never stands alone on a page, so the last paragraph
  // ("Kính trình ... ./.") moves with it when both do not fit.
  const lastH = lastParagraph ? paragraphHeight(doc, lastParagraph, f.width) : 0;
  if (doc.y + lastH + 6 + height > f.bottom && doc.y > f.top) {
    doc.addPage();
    doc.y = frame(doc).top;
  }
  if (lastParagraph) paragraph(doc, lastParagraph);
  const y = doc.y + 6;
  const nameY = y + Math.max(topOf(doc, left, leftW, size), topOf(doc, right, rightW, size)) + SIGN_SPACE;
  if (left) drawColumn(doc, left, f.left, y, leftW, nameY, size);
  if (right) drawColumn(doc, right, rightX, y, rightW, nameY, size);
  const nameLines = (col: ClosingColumn | undefined, w: number) => (col?.kind === 'signature' ? (columnLines(doc, col, w, size).name?.length ?? 1) : 1);
  doc.y = Math.max(y + height, nameY + Math.max(nameLines(left, leftW), nameLines(right, rightW)) * size * LEADING);
}
