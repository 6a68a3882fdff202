import { PDFDict, PDFHexString, PDFName, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';

export interface OutlineItem {
  title: string;
  /** 0-based page index in the final document. */
  pageIndex: number;
  children?: OutlineItem[];
  /** Closed items show their children only when clicked: used for hundreds of reports. */
  closed?: boolean;
}

/**
 * Writes the bookmark tree (PDF 32000-1 §12.3.3). pdf-lib has no outline API, so the
 * dictionaries are built by hand: each item links to its parent and siblings, and /Count
 * says how many descendants are visible (negative when closed).
 */
export function writeOutline(pdf: PDFDocument, items: OutlineItem[]): void {
  if (items.length === 0) return;
  const { context } = pdf;
  const pages = pdf.getPages();
  const rootRef = context.nextRef();

  const visibleCount = (item: OutlineItem): number =>
    item.closed || !item.children ? 0 : item.children.reduce((n, c) => n + 1 + visibleCount(c), 0);

  const build = (list: OutlineItem[], parent: PDFRef): { first: PDFRef; last: PDFRef } => {
    const refs = list.map(() => context.nextRef());
    list.forEach((item, i) => {
      const page = pages[Math.min(item.pageIndex, pages.length - 1)];
      const dict = context.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title.normalize('NFC')));
      dict.set(PDFName.of('Parent'), parent);
      dict.set(PDFName.of('Dest'), context.obj([page.ref, PDFName.of('Fit')]));
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]);
      if (i < list.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]);
      if (item.children && item.children.length > 0) {
        const { first, last } = build(item.children, refs[i]);
        dict.set(PDFName.of('First'), first);
        dict.set(PDFName.of('Last'), last);
        const count = item.closed ? -item.children.length : visibleCount(item);
        dict.set(PDFName.of('Count'), PDFNumber.of(count));
      }
      context.assign(refs[i], dict);
    });
    return { first: refs[0], last: refs[refs.length - 1] };
  };

  const { first, last } = build(items, rootRef);
  const total = items.reduce((n, i) => n + 1 + visibleCount(i), 0);
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: first, Last: last, Count: total }));
  pdf.catalog.set(PDFName.of('Outlines'), rootRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
