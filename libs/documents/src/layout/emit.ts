import { remember, type FontStyle } from '../fonts/fonts';
import { FONT, metricsOf, type Doc } from './document';

/**
 * Writing a line of text into the page's content stream in one pass. pdfkit's text() shapes a
 * line three times (to measure it for its options, to encode it, to advance doc.x) and wraps
 * every line in a save/transform/restore; a bundle writes tens of thousands of lines, and that
 * was most of its time. Here the line is shaped once, through pdfkit's own font object (so the
 * shaped-word cache, the subset, the widths and the ToUnicode map are exactly pdfkit's), and
 * its width comes from the same shaping. Relies on pdfkit 0.20's EmbeddedFont, which the
 * package pins to the exact version; the specs read every document back with pdftotext.
 *
 * A line is kept as the shaped words pdfkit caches ("word "), not as one glyph array: a
 * word's sums (advance, spaces) are computed once per process and its encoding (subset glyph
 * codes, kerning) once per document, so a bundle of 500 reports encodes "thành" once.
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

/** A shaped word as pdfkit caches it (shared across documents, see fonts.ts). */
interface Run {
  glyphs: Glyph[];
  positions: Position[];
}

interface EmbeddedFont {
  id: string;
  scale: number;
  ascender: number;
  widths: number[];
  unicode: number[][];
  subset: { includeGlyph(id: number): number };
  layoutCached(text: string): Run;
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
  runs: Run[];
  /** Advance width in points. */
  width: number;
  /** Number of space glyphs (where justification adds room). */
  spaces: number;
}

const SPACE = 32;
const isSpace = (g: Glyph): boolean => g.codePoints.length === 1 && g.codePoints[0] === SPACE;

/** What a word adds to a line, whatever the document: advance (thousandths of an em) and spaces. */
interface RunSums {
  advance: number;
  spaces: number;
  /** A glyph placed off the pen (a mark fontkit positioned): written glyph by glyph. */
  offset: boolean;
}

const sums = new WeakMap<Run, RunSums>();

function sumsOf(run: Run): RunSums {
  let s = sums.get(run);
  if (s) return s;
  s = { advance: 0, spaces: 0, offset: false };
  for (let i = 0; i < run.glyphs.length; i++) {
    s.advance += run.positions[i].xAdvance;
    if (isSpace(run.glyphs[i])) s.spaces++;
    if (run.positions[i].xOffset || run.positions[i].yOffset) s.offset = true;
  }
  sums.set(run, s);
  return s;
}

/** A line's words and sums at size 1000, whatever the size and document (cached per style). */
interface LineShape {
  runs: Run[];
  advance: number;
  spaces: number;
}

/**
 * Selects the face (as doc.font would) and shapes the line with it. Whole lines are kept in
 * the font set's shared caches: a 500-report bundle shapes 53,000 lines of which 6,000 differ.
 */
export function shape(doc: Doc, text: string, style: FontStyle, size: number): ShapedLine {
  doc.font(FONT[style]).fontSize(size);
  const font = (doc as unknown as Internals)._font;
  const cache = metricsOf(doc).lines[style] as Map<string, LineShape>;
  const line = cache.get(text) ?? remember(cache, text, shapeLine(font, text));
  return { font, size, runs: line.runs, width: (line.advance * size) / 1000, spaces: line.spaces };
}

function shapeLine(font: EmbeddedFont, text: string): LineShape {
  const runs = layoutLine(font, text);
  let advance = 0;
  let spaces = 0;
  for (const run of runs) {
    const s = sumsOf(run);
    advance += s.advance;
    spaces += s.spaces;
  }
  return { runs, advance, spaces };
}

/** pdfkit's EmbeddedFont.layout cuts a line after each space or tab into the pieces it caches. */
function layoutLine(font: EmbeddedFont, text: string): Run[] {
  const runs: Run[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== 9) continue;
    runs.push(font.layoutCached(text.slice(start, i + 1)));
    start = i + 1;
  }
  if (start < text.length) runs.push(font.layoutCached(text.slice(start)));
  return runs;
}

/** pdfkit's number format: six decimals at most, never an exponent. */
const num = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/**
 * A glyph's two-byte code (Identity-H) as the bytes of a PDF literal string: half the size of
 * hex, so half the bytes to deflate. The delimiters, the backslash and line ends are escaped.
 */
const ESCAPED: Record<number, string> = { 0x28: '\\(', 0x29: '\\)', 0x5c: '\\\\', 0x0a: '\\n', 0x0d: '\\r' };
const byteOf = (b: number): string => ESCAPED[b] ?? String.fromCharCode(b);
const code2 = (n: number): string => byteOf(n >> 8) + byteOf(n & 0xff);

/**
 * A word's glyphs in the document's subset, cut where the TJ array needs a number: after a
 * kerned glyph, and after a space (justification widens it). `kern` is in thousandths of an
 * em, as TJ wants it (negated when written).
 */
interface Segment {
  codes: string;
  kern: number;
  space: boolean;
}

/** Per document font (its subset numbers the glyphs): each word encoded once. */
const encodings = new WeakMap<EmbeddedFont, WeakMap<Run, Segment[]>>();

/** Adds the glyph to the document's subset, widths and ToUnicode map; returns its subset id. */
function include(font: EmbeddedFont, glyph: Glyph): number {
  const gid = font.subset.includeGlyph(glyph.id);
  if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
  if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
  return gid;
}

function encode(font: EmbeddedFont, run: Run): Segment[] {
  let byRun = encodings.get(font);
  if (!byRun) encodings.set(font, (byRun = new WeakMap()));
  let segments = byRun.get(run);
  if (segments) return segments;
  segments = [];
  let codes = '';
  for (let i = 0; i < run.glyphs.length; i++) {
    const glyph = run.glyphs[i];
    const pos = run.positions[i];
    codes += code2(include(font, glyph));
    const space = isSpace(glyph);
    const kern = pos.xAdvance - pos.advanceWidth;
    if (space || kern !== 0) {
      segments.push({ codes, kern, space });
      codes = '';
    }
  }
  if (codes) segments.push({ codes, kern: 0, space: false });
  byRun.set(run, segments);
  return segments;
}

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

/** Builds one text object's operators: a TJ array per stretch between repositionings. */
class TextObject {
  private readonly ops: string[];
  private open = '';
  private pieces: string[] = [];

  constructor(head: string) {
    this.ops = [head];
  }

  /** Glyph codes followed by an adjustment in thousandths of an em (0: none). */
  add(codes: string, adjust: number): void {
    this.open += codes;
    if (adjust === 0) return;
    this.pieces.push(`(${this.open}) ${num(-adjust)}`);
    this.open = '';
  }

  /** Sets the text position (top-left y-down page space, hence the flipped matrix). */
  moveTo(x: number, baseline: number): void {
    this.flush();
    this.ops.push(`1 0 0 -1 ${num(x)} ${num(baseline)} Tm`);
  }

  /** The whole text object, ended, with the line feed pdfkit puts after each chunk. */
  end(): string {
    this.flush();
    return `${this.ops.join('\n')}\nET\n`;
  }

  private flush(): void {
    if (this.open) this.pieces.push(`(${this.open})`);
    this.open = '';
    if (this.pieces.length > 0) this.ops.push(`[${this.pieces.join(' ')}] TJ`);
    this.pieces = [];
  }
}

/**
 * Writes a shaped line with its top-left corner at (x, y) in pdfkit's page coordinates, in
 * `color`, with `extraSpace` points added after each space (justification). The text matrix
 * flips y back (pdfkit draws in a y-down page space), so no save/restore is needed.
 */
export function emit(doc: Doc, line: ShapedLine, x: number, y: number, extraSpace = 0, color = 'black'): void {
  const { font, size, runs } = line;
  if (runs.every((r) => r.glyphs.length === 0)) return;
  const internals = doc as unknown as Internals;
  if (internals.page.fonts[font.id] == null) internals.page.fonts[font.id] = font.ref();
  const baseline = y + (font.ascender / 1000) * size;
  const scale = size / 1000;
  const extra = (extraSpace * 1000) / size;
  const text = new TextObject(`${fillOperator(color)}\nBT\n1 0 0 -1 ${num(x)} ${num(baseline)} Tm\n/${font.id} ${num(size)} Tf`);
  let pen = x;
  for (const run of runs) {
    const s = sumsOf(run);
    if (!s.offset) {
      for (const seg of encode(font, run)) text.add(seg.codes, seg.kern + (seg.space ? extra : 0));
      pen += s.advance * scale + s.spaces * extraSpace;
      continue;
    }
    // A word with a mark placed off the pen (rare in NFC Vietnamese): glyph by glyph, each
    // positioned mark in its own text position.
    for (let i = 0; i < run.glyphs.length; i++) {
      const glyph = run.glyphs[i];
      const pos = run.positions[i];
      const codes = code2(include(font, glyph));
      const space = isSpace(glyph);
      if (pos.xOffset || pos.yOffset) {
        text.moveTo(pen + pos.xOffset * scale, baseline - pos.yOffset * scale);
        text.add(codes, 0);
        text.moveTo(pen + pos.xAdvance * scale, baseline);
      } else text.add(codes, pos.xAdvance - pos.advanceWidth + (space ? extra : 0));
      pen += pos.xAdvance * scale + (space ? extraSpace : 0);
    }
  }
  // Bytes, not a string: pdfkit would convert a string character by character. The glyph
  // codes are raw bytes (0–255), hence latin1.
  doc.addContent(Buffer.from(text.end(), 'latin1'));
}
