import { PDFArray, PDFDict, PDFName, PDFRef, type PDFDocument, type PDFPage } from 'pdf-lib';

const SUBSET = /^[A-Z]{6}\+/;

/** "AAAAAB", "AAAAAC" ...: six capitals, as PDF 32000-1 §9.6.4 requires of a subset tag. */
function tagOf(n: number): string {
  let s = '';
  for (let i = 0; i < 6; i++, n = Math.floor(n / 26)) s = String.fromCharCode(65 + (n % 26)) + s;
  return s;
}

function rename(dict: PDFDict | undefined, key: string, tag: string): void {
  if (!dict) return;
  const name = dict.get(PDFName.of(key));
  if (name instanceof PDFName && SUBSET.test(name.decodeText())) dict.set(PDFName.of(key), PDFName.of(`${tag}+${name.decodeText().slice(7)}`));
}

/**
 * Gives every font subset in the merged file its own tag. pdfkit names its subsets from a
 * per-document counter, so each part embeds a different "DZZZZZ+Tinos-Bold"; the spec wants
 * distinct tags per subset, and poppler (pdftotext, and the viewers built on it) otherwise reuses
 * one subset's ToUnicode map for all of them, dropping letters from copied or searched text.
 * Only fonts in page resources are visited: that is where pdfkit and most scanners put them.
 */
export class FontRetagger {
  private next = 1;
  private readonly seen = new Set<string>();

  constructor(private readonly pdf: PDFDocument) {}

  retag(pages: PDFPage[]): void {
    const { context } = this.pdf;
    for (const page of pages) {
      const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
      if (!fonts) continue;
      for (const [, value] of fonts.entries()) {
        if (!(value instanceof PDFRef) || this.seen.has(value.toString())) continue;
        this.seen.add(value.toString());
        const font = context.lookupMaybe(value, PDFDict);
        if (!font) continue;
        const tag = tagOf(this.next++);
        rename(font, 'BaseFont', tag);
        rename(font.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict), 'FontName', tag);
        const descendants = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
        for (let i = 0; descendants && i < descendants.size(); i++) {
          const cid = descendants.lookupMaybe(i, PDFDict);
          rename(cid, 'BaseFont', tag);
          rename(cid?.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict), 'FontName', tag);
        }
      }
    }
  }
}
