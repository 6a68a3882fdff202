/**
 * Records every text run written while our renderer works (font, size, string, position,
 * page). Text reaches a content stream through pdfkit's private _fragment (text()) or through
 * the library's own one-pass writer, layout/emit's emit(); both are wrapped here. The floor
 * program replays these runs and nothing else.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export async function recordTextRuns(action) {
  const PDFDocument = require('pdfkit');
  const proto = PDFDocument.prototype;
  const original = { addPage: proto.addPage, fragment: proto._fragment, end: proto.end };
  const emitter = require('@vinh-danh/documents/dist/layout/emit.js');
  const originalEmit = emitter.emit;
  const documents = [];
  const state = new WeakMap();
  proto.addPage = function addPage(...args) {
    const result = original.addPage.apply(this, args);
    let doc = state.get(this);
    if (!doc) {
      doc = { id: this.info?.VinhDanhDocumentId, pages: [], index: new WeakMap(), ended: false };
      state.set(this, doc);
      documents.push(doc);
    }
    doc.index.set(this.page, doc.pages.length);
    doc.pages.push({ width: this.page.width, height: this.page.height, runs: [] });
    return result;
  };
  proto._fragment = function fragment(text, x, y, options) {
    const doc = state.get(this);
    const page = doc?.pages[doc.index.get(this.page)];
    if (page) page.runs.push([this._font.name, this._fontSize, String(text), x, y]);
    return original.fragment.call(this, text, x, y, options);
  };
  emitter.emit = function emit(doc, line, x, y, extraSpace) {
    const record = state.get(doc);
    const page = record?.pages[record.index.get(doc.page)];
    const text = String.fromCodePoint(...line.runs.flatMap((run) => run.glyphs.flatMap((g) => g.codePoints)));
    if (page && text) page.runs.push([line.font.name, line.size, text, x, y]);
    return originalEmit(doc, line, x, y, extraSpace);
  };
  proto.end = function end(...args) {
    const doc = state.get(this);
    if (doc) doc.ended = true;
    return original.end.apply(this, args);
  };
  try {
    const result = await action();
    // Documents never ended (a layout measured and thrown away) wrote nothing; a document drawn
    // again under the same id (the cover, once its page count is known) counts once, the last time.
    const last = new Map(documents.filter((d) => d.ended).map((d) => [d.id ?? d, d]));
    const pages = documents.filter((d) => last.get(d.id ?? d) === d).flatMap((d) => d.pages);
    return { result, pages };
  } finally {
    Object.assign(proto, { addPage: original.addPage, _fragment: original.fragment, end: original.end });
    emitter.emit = originalEmit;
  }
}
