import PDFDocument from 'pdfkit';
import { defaultFonts, documentFonts, sharedMetrics, type FontSet, type FontStyle, type SharedMetrics, FONT_STYLES } from '../fonts/fonts';
import type { RenderMeta } from '../model/common';

export type Doc = PDFKit.PDFDocument;

/** Points per millimetre: Decree 30 gives every measure in mm or cm. */
export const MM = 72 / 25.4;

/** Decree 30 margins for a portrait page: top/bottom 20–25, left 30–35, right 15–20 mm. */
export const PORTRAIT_MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
/** Landscape lists and annexes: the binding edge is the top, so it gets the wide margin. */
export const LANDSCAPE_MARGINS = { top: 25 * MM, bottom: 15 * MM, left: 20 * MM, right: 15 * MM };

/** Registered font names; one alias per style keeps the family swappable (Tinos or DejaVu). */
export const FONT: Record<FontStyle, string> = {
  regular: 'vd-regular',
  bold: 'vd-bold',
  italic: 'vd-italic',
  boldItalic: 'vd-bold-italic',
};

export interface OpenOptions {
  meta: RenderMeta;
  title: string;
  author?: string;
  subject?: string;
  layout?: 'portrait' | 'landscape';
  fonts?: FontSet;
  /**
   * Keep pages in memory so page numbers can be stamped at the end. Certificates turn it off:
   * they have no page numbers and must stream thousands of pages in constant memory.
   */
  bufferPages?: boolean;
  /** The bundle's body starts empty and adds each part's first page itself (startPage). */
  autoFirstPage?: boolean;
  /** Deflate the streams (default). The bundle's body does its own (bundle/deflate.ts). */
  compress?: boolean;
}

export interface OpenDocument {
  doc: Doc;
  /** Resolves with the bytes once `doc.end()` has been called and the stream has drained. */
  bytes: Promise<Uint8Array>;
}

/** Info entries; the custom key carries the document id into pdfkit's file identifier. */
type Info = PDFKit.DocumentInfo & { VinhDanhDocumentId: string };

/** A4 document with fonts registered and the info dictionary fixed, so output is reproducible. */
export function createDocument(options: OpenOptions, sink?: (chunk: Buffer) => void): OpenDocument {
  const landscape = options.layout === 'landscape';
  const info: Info = {
    Title: options.title.normalize('NFC'),
    Author: options.author?.normalize('NFC'),
    Subject: options.subject?.normalize('NFC'),
    Creator: 'Vinh Danh',
    Producer: 'Vinh Danh (PDFKit)',
    CreationDate: options.meta.creationDate,
    ModDate: options.meta.creationDate,
    // pdfkit derives the trailer /ID from an MD5 of the info entries: no randomness, and two
    // documents rendered in the same second still differ by their id.
    VinhDanhDocumentId: options.meta.documentId,
  };
  for (const key of ['Author', 'Subject'] as const) if (info[key] === undefined) delete info[key];
  const doc: Doc = new PDFDocument({
    size: 'A4',
    layout: landscape ? 'landscape' : 'portrait',
    margins: landscape ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS,
    bufferPages: options.bufferPages ?? true,
    autoFirstPage: options.autoFirstPage ?? true,
    // No default font: pdfkit would parse Helvetica's AFM for every document, and we never use it.
    font: null as unknown as string,
    pdfVersion: '1.7',
    compress: options.compress ?? true,
    lang: 'vi-VN',
    displayTitle: true,
    info,
  });
  const set = options.fonts ?? defaultFonts();
  const fonts = documentFonts(set);
  const metrics = sharedMetrics(set);
  documentMetrics.set(doc, metrics);
  // pdfkit takes a parsed fontkit font (it checks for .layout) though its typings list only
  // paths and buffers; sharing the parsed font across documents is what makes renders cheap.
  // Its per-document layout cache is swapped for the set's shared one (see SharedMetrics).
  for (const style of FONT_STYLES) {
    doc.registerFont(FONT[style], fonts[style] as unknown as Buffer);
    (doc.font(FONT[style]) as unknown as { _font: { layoutCache?: object } })._font.layoutCache = metrics.layout[style];
  }
  doc.font(FONT.regular);

  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => (sink ? sink(chunk) : chunks.push(chunk)));
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  return { doc, bytes };
}

const documentMetrics = new WeakMap<Doc, SharedMetrics>();

/** The shared word widths of a document made by createDocument, per style. */
export function widthsOf(doc: Doc, style: FontStyle): Map<string, number> {
  return metricsOf(doc).widths[style];
}

/** The shared caches of a document made by createDocument (see SharedMetrics). */
export function metricsOf(doc: Doc): SharedMetrics {
  const m = documentMetrics.get(doc);
  if (!m) throw new Error('the document was not made by createDocument');
  return m;
}

/**
 * Starts a page in the given orientation with its Decree 30 margins, and makes that the
 * default for pages the part adds itself (tables, annexes): one document may hold portrait
 * letters and landscape lists, as the bundle's body does.
 */
export function startPage(doc: Doc, layout: 'portrait' | 'landscape'): void {
  const options = (doc as unknown as { options: PDFKit.PDFDocumentOptions }).options;
  options.layout = layout;
  options.margins = layout === 'landscape' ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS;
  doc.addPage();
}

/** Usable box of the current page. */
export function frame(doc: Doc): { left: number; right: number; top: number; bottom: number; width: number } {
  const { margins, width, height } = doc.page;
  return {
    left: margins.left,
    right: width - margins.right,
    top: margins.top,
    bottom: height - margins.bottom,
    width: width - margins.left - margins.right,
  };
}
