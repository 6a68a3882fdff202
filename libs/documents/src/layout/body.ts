import type { FontStyle } from '../fonts/fonts';
import { FONT, MM, frame, type Doc } from './document';

/** Decree 30: body text 13–14 pt, first-line indent 1–1.27 cm, at least 6 pt between paragraphs. */
export const BODY_SIZE = 14;
const INDENT = 10 * MM;
const PARAGRAPH_GAP = 6;
const LINE_GAP = 1.5;

export interface ParagraphOptions {
  /** A bold lead-in on the same line, e.g. "Điều 1." or "Kính gửi:". */
  lead?: string;
  leadStyle?: FontStyle;
  style?: FontStyle;
  size?: number;
  align?: 'justify' | 'left' | 'center';
  indent?: boolean;
  /** Left offset from the margin, for "Kính gửi" blocks and lists. */
  inset?: number;
}

/** Width, indent and gaps of a body paragraph, also used to measure one before drawing it. */
export function paragraphMetrics(width: number) {
  return { width, indent: INDENT, paragraphGap: PARAGRAPH_GAP, lineGap: LINE_GAP, align: 'justify' } as const;
}

/**
 * A justified body paragraph at doc.y. Here pdfkit's own wrapper is right: prose may run over
 * pages, and its page breaks land on the same margins; page numbers are stamped afterwards.
 */
export function paragraph(doc: Doc, text: string, o: ParagraphOptions = {}): void {
  const f = frame(doc);
  const size = o.size ?? BODY_SIZE;
  const inset = o.inset ?? 0;
  const common = {
    ...paragraphMetrics(f.width - inset),
    align: o.align ?? 'justify',
    indent: o.indent === false ? 0 : INDENT,
  } as const;
  const body = text.normalize('NFC');
  doc.fontSize(size).fillColor('black');
  if (o.lead) {
    doc.font(FONT[o.leadStyle ?? 'bold']).text(`${o.lead.normalize('NFC')} `, f.left + inset, doc.y, { ...common, continued: true });
    doc.font(FONT[o.style ?? 'regular']).text(body, { ...common, indent: 0, continued: false });
  } else {
    doc.font(FONT[o.style ?? 'regular']).text(body, f.left + inset, doc.y, common);
  }
}

/** Starts a new page when fewer than `height` points remain, and returns the y to draw at. */
export function ensureSpace(doc: Doc, height: number): number {
  const f = frame(doc);
  if (doc.y + height > f.bottom) {
    doc.addPage();
    doc.y = frame(doc).top;
  }
  return doc.y;
}
