import { PDFDocument } from 'pdf-lib';
import type { RenderOptions } from '../fonts/fonts';
import type { RenderMeta } from '../model/common';
import { FONT, MM, createDocument } from './document';
import { drawLine } from './text';

export const DRAFT_LABEL = 'DỰ THẢO';

const RED = '#c00000';
const SIZE = 13;

/** The label in a red box, drawn by pdfkit at the top left of an A4 page (so it has our fonts). */
async function renderStamp(label: string, meta: RenderMeta, options: RenderOptions): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  const { doc, bytes } = createDocument({ meta: { ...meta, documentId: `${meta.documentId}/draft-mark` }, fonts: options.fonts, title: label, bufferPages: false });
  doc.font(FONT.bold).fontSize(SIZE);
  const width = doc.widthOfString(label.normalize('NFC')) + 8 * MM;
  const height = 9 * MM;
  doc.save().lineWidth(1.2).strokeColor(RED).rect(0.6, 0.6, width - 1.2, height - 1.2).stroke().restore();
  drawLine(doc, label, 0, (height - SIZE) / 2, width, { size: SIZE, style: 'bold', align: 'center', color: RED });
  doc.end();
  return { bytes: await bytes, width, height };
}

/**
 * Marks a rendered PDF as a draft: "DỰ THẢO" in a red box in the top margin, right-aligned,
 * on every page, above the letterhead and clear of the page number. The mark is real text
 * (a reader or pdftotext finds it), drawn once and placed on each page as a form XObject, so
 * a thousand-page draft grows by one small object. Deterministic like every render here.
 */
export async function markDraft(pdf: Uint8Array, meta: RenderMeta, options: RenderOptions = {}, label = DRAFT_LABEL): Promise<Uint8Array> {
  const stamp = await renderStamp(label, meta, options);
  const out = await PDFDocument.load(pdf, { updateMetadata: false });
  const source = (await PDFDocument.load(stamp.bytes, { updateMetadata: false })).getPage(0);
  const top = source.getHeight();
  const mark = await out.embedPage(source, { left: 0, bottom: top - stamp.height, right: stamp.width, top });
  for (const page of out.getPages()) {
    const { width, height } = page.getSize();
    page.drawPage(mark, { x: width - 15 * MM - stamp.width, y: height - 5 * MM - stamp.height });
  }
  return out.save({ updateFieldAppearances: false });
}
