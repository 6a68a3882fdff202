import type { FontStyle } from '../fonts/fonts';
import { FONT, type Doc } from './document';

/**
 * Writing a line of text into the page's content stream in one pass. pdfkit's text() shapes a
 * line three times (to measure it for its options, to encode it, to advance doc.x) and wraps
 * every line in a save/transform/restore; a bundle writes tens of thousands of lines, and that
 * was most of its time. Here the line is shaped once, through pdfkit's own font object (so the
 * shaped-word cache, the subset, the widths and the ToUnicode map are exactly pdfkit's), and
 * its width comes from the same shaping. Relies on pdfkit 0.20's EmbeddedFont, which the
 * package pins to the exact version; the specs read every document back with pdftotext.
 */

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** In thousandths of an em, as pdfkit's EmbeddedFont.layout returns them. */
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

interface EmbeddedFont {
  id: string;
  scale: number;
  ascender: number;
  widths: number[];
  unicode: number[][];
  subset: { includeGlyph(id: number): number };
  /** pdfkit's cache of shaped words (shared across documents, see fonts.ts). */
  layoutCached(text: string): { glyphs: Glyph[]; positions: Position[] };
  ref(): unknown;
}

interface Internals {
  _font: EmbeddedFont;
  page: { fonts: Record<string, unknown> };
}

/** A line shaped in a style and size, ready to be placed. */
export interface ShapedLine {
  font: EmbeddedFont;
  size: number;
  glyphs: Glyph[];
  positions: Position[];
  /** Advance width in points. */
  width: number;
  /** Number of space glyphs (where justification adds room). */
  spaces: number;
}

const SPACE = 32;

/** Selects the face (as doc.font would) and shapes the line with it. */
export function shape(doc: Doc, text: string, style: FontStyle, size: number): ShapedLine {
  doc.font(FONT[style]).fontSize(size);
  const font = (doc as unknown as Internals)._font;
  const { glyphs, positions } = layoutLine(font, text);
  let advance = 0;
  let spaces = 0;
  for (let i = 0; i < glyphs.length; i++) {
    advance += positions[i].xAdvance;
    if (glyphs[i].codePoints.length === 1 && glyphs[i].codePoints[0] === SPACE) spaces++;
  }
  return { font, size, glyphs, positions, width: (advance * size) / 1000, spaces };
}

/**
 * pdfkit's EmbeddedFont.layout, without its cost: the line is cut after each space or tab into
 * the same pieces pdfkit caches ("word "), and the shaped pieces are appended in place rather
 * than concatenated into new arrays piece after piece.
 */
function layoutLine(font: EmbeddedFont, text: string): { glyphs: Glyph[]; positions: Position[] } {
  const glyphs: Glyph[] = [];
  const positions: Position[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== 9) continue;
    append(font.layoutCached(text.slice(start, i + 1)));
    start = i + 1;
  }
  if (start < text.length) append(font.layoutCached(text.slice(start)));
  return { glyphs, positions };

  function append(run: { glyphs: Glyph[]; positions: Position[] }): void {
    for (let k = 0; k < run.glyphs.length; k++) {
      glyphs.push(run.glyphs[k]);
      positions.push(run.positions[k]);
    }
  }
}

/** pdfkit's number format: six decimals at most, never an exponent. */
const num = (n: number): string => String(Math.round(n * 1e6) / 1e6);

const hex4 = (n: number): string => (n < 0x10 ? '000' : n < 0x100 ? '00' : n < 0x1000 ? '0' : '') + n.toString(16);

/**
 * The fill operator for a text colour: black (the usual case) as DeviceGray "0 g", "#rrggbb"
 * as DeviceRGB. Written with each line rather than through pdfkit's fillColor, which parses the
 * colour and writes two operators per call; every other drawing here sets its own colour.
 */
function fillOperator(color: string): string {
  if (color === 'black') return '0 g';
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) throw new Error(`emit: unsupported colour ${color}`);
  return `${m.slice(1, 4).map((h) => num(parseInt(h, 16) / 255)).join(' ')} rg`;
}

/**
 * Writes a shaped line with its top-left corner at (x, y) in pdfkit's page coordinates, in
 * `color`, with `extraSpace` points added after each space (justification). The text matrix
 * flips y back (pdfkit draws in a y-down page space), so no save/restore is needed.
 */
export function emit(doc: Doc, line: ShapedLine, x: number, y: number, extraSpace = 0, color = 'black'): void {
  const { font, size, glyphs, positions } = line;
  if (glyphs.length === 0) return;
  const internals = doc as unknown as Internals;
  if (internals.page.fonts[font.id] == null) internals.page.fonts[font.id] = font.ref();
  const baseline = y + (font.ascender / 1000) * size;
  const scale = size / 1000;
  const extra = (extraSpace * 1000) / size;
  const ops: string[] = [`${fillOperator(color)}\nBT\n1 0 0 -1 ${num(x)} ${num(baseline)} Tm\n/${font.id} ${num(size)} Tf`];
  let run = '';
  let pieces: string[] = [];
  const flush = () => {
    if (run) pieces.push(`<${run}>`);
    run = '';
    if (pieces.length > 0) ops.push(`[${pieces.join(' ')}] TJ`);
    pieces = [];
  };
  let pen = x;
  for (let i = 0; i < glyphs.length; i++) {
    const glyph = glyphs[i];
    const pos = positions[i];
    const gid = font.subset.includeGlyph(glyph.id);
    if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
    if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
    if (pos.xOffset || pos.yOffset) {
      // A mark placed off the pen (rare in NFC Vietnamese): its own text position.
      flush();
      ops.push(`1 0 0 -1 ${num(pen + pos.xOffset * scale)} ${num(baseline - pos.yOffset * scale)} Tm`);
      pieces.push(`<${hex4(gid)}>`);
      flush();
      ops.push(`1 0 0 -1 ${num(pen + pos.xAdvance * scale)} ${num(baseline)} Tm`);
    } else {
      run += hex4(gid);
      const isSpace = glyph.codePoints.length === 1 && glyph.codePoints[0] === SPACE;
      const adjust = pos.xAdvance - pos.advanceWidth + (isSpace ? extra : 0);
      if (adjust !== 0) {
        pieces.push(`<${run}> ${num(-adjust)}`);
        run = '';
      }
    }
    pen += pos.xAdvance * scale + (glyph.codePoints.length === 1 && glyph.codePoints[0] === SPACE ? extraSpace : 0);
  }
  flush();
  ops.push('ET');
  doc.addContent(ops.join('\n'));
}
