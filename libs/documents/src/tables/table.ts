import type { FontStyle } from '../fonts/fonts';
import { frame, type Doc } from '../layout/document';
import { LEADING, drawLines, type Align } from '../layout/text';
import { wrapText } from '../layout/wrap';

export interface TableColumn {
  header: string;
  /** Points. */
  width: number;
  align?: Align;
}

/** A row of cells, or one line across the whole table (a group heading, "Không có"). */
export type TableRow =
  | { kind: 'cells'; cells: string[]; style?: FontStyle }
  | { kind: 'span'; text: string; style?: FontStyle; align?: Align };

export interface TableSpec {
  columns: TableColumn[];
  /** Any iterable, so a 10,000-row list is laid out row by row, never held twice. */
  rows: Iterable<TableRow>;
  size?: number;
  headerSize?: number;
  padding?: number;
  /**
   * Room to keep under the last row (a signature block): if it does not fit, the last row
   * moves to a new page with it, so a signature never stands alone on a page.
   */
  keepLastWith?: number;
  /** Lay out and break pages without drawing: how many pages the table takes (the bundle's cover). */
  measureOnly?: boolean;
}

export interface TableStats {
  pages: number;
  rows: number;
  /** Rows taller than a whole page, the only ones ever split (with "(tiếp)" continuations). */
  splitRows: number;
}

interface Laid {
  row: TableRow;
  lines: string[][];
  height: number;
}

/**
 * Draws a bordered table from doc.y, breaking pages itself: the header row is repeated on each
 * page, a row is never split unless it alone is taller than a page, and a group heading is
 * kept with the row under it. Cells wrap (long names included) through our line breaker.
 */
export function drawTable(doc: Doc, spec: TableSpec): TableStats {
  const size = spec.size ?? 11;
  const headerSize = spec.headerSize ?? size;
  const pad = spec.padding ?? 3;
  const leading = size * LEADING;
  const x0 = frame(doc).left;
  const widths = spec.columns.map((c) => c.width);
  const total = widths.reduce((a, b) => a + b, 0);
  const stats: TableStats = { pages: 1, rows: 0, splitRows: 0 };

  const headerLines = spec.columns.map((c, i) => wrapText(doc, c.header, widths[i] - 2 * pad, 'bold', headerSize));
  const headerH = Math.max(...headerLines.map((l) => l.length)) * headerSize * LEADING + 2 * pad;

  const lay = (row: TableRow): Laid => {
    const lines =
      row.kind === 'span'
        ? [wrapText(doc, row.text, total - 2 * pad, row.style ?? 'bold', size)]
        : row.cells.map((c, i) => wrapText(doc, c, widths[i] - 2 * pad, row.style ?? 'regular', size));
    return { row, lines, height: Math.max(...lines.map((l) => l.length)) * leading + 2 * pad };
  };

  const drawFrame = (y: number, h: number, cellBorders: boolean) => {
    doc.lineWidth(0.5).strokeColor('black').rect(x0, y, total, h).stroke();
    if (!cellBorders) return;
    let x = x0;
    for (const w of widths.slice(0, -1)) {
      x += w;
      doc.moveTo(x, y).lineTo(x, y + h).stroke();
    }
  };

  const drawHeader = (y: number): number => {
    if (spec.measureOnly) return y + headerH;
    drawFrame(y, headerH, true);
    let x = x0;
    spec.columns.forEach((c, i) => {
      const lines = headerLines[i];
      const dy = (headerH - 2 * pad - lines.length * headerSize * LEADING) / 2;
      drawLines(doc, lines, x + pad, y + pad + dy, widths[i] - 2 * pad, { size: headerSize, style: 'bold', align: 'center' });
      x += widths[i];
    });
    return y + headerH;
  };

  const drawRow = (laid: Laid, y: number, lines: string[][], h: number) => {
    const { row } = laid;
    if (spec.measureOnly) return;
    drawFrame(y, h, row.kind === 'cells');
    if (row.kind === 'span') {
      drawLines(doc, lines[0], x0 + pad, y + pad, total - 2 * pad, { size, style: row.style ?? 'bold', align: row.align });
      return;
    }
    let x = x0;
    lines.forEach((cell, i) => {
      const align = spec.columns[i]?.align ?? 'left';
      drawLines(doc, cell, x + pad, y + pad, widths[i] - 2 * pad, { size, style: row.style, align });
      x += widths[i];
    });
  };

  let bottom = frame(doc).bottom;
  const newPage = (): number => {
    doc.addPage();
    stats.pages++;
    bottom = frame(doc).bottom;
    return drawHeader(frame(doc).top);
  };
  const capacity = () => bottom - frame(doc).top - headerH;

  // Header plus the first row must fit, or the table starts on the next page.
  let y = doc.y;
  const iterator = spec.rows[Symbol.iterator]();
  let next = iterator.next();
  const firstH = next.done ? 0 : lay(next.value).height;
  y = y + headerH + Math.min(firstH, capacity()) > bottom ? newPage() : drawHeader(y);

  let held: Laid[] = [];
  while (!next.done) {
    const laid = lay(next.value);
    // Look one row ahead, to know when this is the last one.
    next = iterator.next();
    stats.rows++;
    if (laid.row.kind === 'span') {
      held.push(laid);
      continue;
    }
    const group = [...held, laid];
    held = [];
    const groupH = group.reduce((a, l) => a + l.height, 0) + (next.done ? (spec.keepLastWith ?? 0) : 0);
    if (y + groupH > bottom && y > frame(doc).top + headerH + 0.5 && groupH <= capacity()) y = newPage();
    for (const l of group) y = placeRow(l, y);
  }
  for (const l of held) y = placeRow(l, y);
  doc.y = y;
  return stats;

  function placeRow(laid: Laid, y0: number): number {
    let yy = y0;
    if (yy + laid.height > bottom && yy > frame(doc).top + headerH + 0.5) yy = newPage();
    if (laid.height <= bottom - yy) {
      drawRow(laid, yy, laid.lines, laid.height);
      return yy + laid.height;
    }
    // Taller than a whole page: the one case a row is split, each part marked so none is lost.
    stats.splitRows++;
    let remaining = laid.lines;
    for (;;) {
      const fit = Math.max(1, Math.floor((bottom - yy - 2 * pad) / leading));
      const part = remaining.map((cell) => cell.slice(0, fit));
      remaining = remaining.map((cell) => cell.slice(fit));
      const h = Math.max(...part.map((c) => c.length)) * leading + 2 * pad;
      drawRow(laid, yy, part, h);
      yy += h;
      if (remaining.every((c) => c.length === 0)) return yy;
      yy = newPage();
      remaining = remaining.map((c, i) => (i === 0 && laid.row.kind === 'cells' ? ['(tiếp)', ...c] : c));
    }
  }
}
