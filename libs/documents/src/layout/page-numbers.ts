import { MM, type Doc } from './document';
import { drawLine } from './text';

/**
 * Decree 30: page numbers in Arabic figures, 13–14 pt, centred in the top margin, not shown
 * on the first page. Stamped after the content so a paragraph that ran over a page break by
 * itself gets its number too; needs the document opened with bufferPages.
 */
export function stampPageNumbers(doc: Doc): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start + 1; i < start + count; i++) {
    doc.switchToPage(i);
    drawLine(doc, String(i - start + 1), 0, 10 * MM, doc.page.width, { size: 13, align: 'center' });
  }
}

/** Stamps page numbers, ends the document and returns its page count. */
export function finish(doc: Doc, pageNumbers = true): number {
  if (pageNumbers) stampPageNumbers(doc);
  const { count } = doc.bufferedPageRange();
  doc.end();
  return count;
}
