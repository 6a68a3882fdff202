import { remember, type FontStyle } from '../fonts/fonts';
import { FONT, MM, frame, metricsOf, type Doc } from './document';
import { emit, shape } from './emit';
import { breakWord, glueDashes, unitWidth } from './wrap';

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

interface Word {
  text: string;
  style: FontStyle;
  width: number;
}

interface Line {
  words: Word[];
  /** Width of the words with one plain space between them. */
  natural: number;
  /** Room the line had (the first is shorter by the indent). */
  room: number;
  /** Last line of the paragraph: never stretched. */
  last: boolean;
}

function wordsOf(doc: Doc, text: string, style: FontStyle, size: number): Word[] {
  const words = glueDashes(text.normalize('NFC').split(/\s+/).filter((w) => w.length > 0));
  return words.map((w) => ({ text: w, style, width: unitWidth(doc, style, w) * size }));
}

/**
 * The lines of a paragraph, from the font set's shared cache when the same paragraph was broken
 * at the same width before (a form's paragraphs repeat in every report of a bundle, and each is
 * measured once by paragraphHeight and again when drawn). Lines are only read, never changed.
 */
function linesOf(doc: Doc, text: string, o: ParagraphOptions, width: number): readonly Line[] {
  const cache = metricsOf(doc).paragraphs as Map<string, readonly Line[]>;
  const key = [o.size ?? BODY_SIZE, o.style ?? 'regular', o.lead ?? '', o.leadStyle ?? 'bold', o.indent === false ? 0 : 1, width, text].join('\u0000');
  return cache.get(key) ?? remember(cache, key, breakLines(doc, text, o, width));
}

/**
 * Greedy line breaking of a paragraph whose words may carry two styles (the lead and the body),
 * with a shorter first line when it is indented. A word longer than a line is cut into pieces.
 */
function breakLines(doc: Doc, text: string, o: ParagraphOptions, width: number): Line[] {
  const size = o.size ?? BODY_SIZE;
  const style = o.style ?? 'regular';
  const words = [...(o.lead ? wordsOf(doc, o.lead, o.leadStyle ?? 'bold', size) : []), ...wordsOf(doc, text, style, size)];
  const indent = o.indent === false ? 0 : INDENT;
  const lines: Line[] = [];
  let line: Line = { words: [], natural: 0, room: width - indent, last: false };
  const push = (w: Word) => {
    const space = line.words.length > 0 ? unitWidth(doc, w.style, ' ') * size : 0;
    line.words.push(w);
    line.natural += space + w.width;
  };
  for (const w of words) {
    const space = unitWidth(doc, w.style, ' ') * size;
    if (line.words.length === 0 || line.natural + space + w.width <= line.room) {
      if (line.words.length === 0 && w.width > line.room) {
        // Only a word alone on a line can be too long: cut it at the letter that overflows.
        const pieces = breakWord(doc, w.text, line.room, w.style, size);
        for (const piece of pieces.slice(0, -1)) {
          push({ text: piece, style: w.style, width: unitWidth(doc, w.style, piece) * size });
          lines.push(line);
          line = { words: [], natural: 0, room: width, last: false };
        }
        const rest = pieces[pieces.length - 1] ?? '';
        push({ text: rest, style: w.style, width: unitWidth(doc, w.style, rest) * size });
      } else push(w);
      continue;
    }
    lines.push(line);
    line = { words: [], natural: 0, room: width, last: false };
    push(w);
  }
  if (line.words.length > 0) lines.push(line);
  const last = lines[lines.length - 1];
  if (last) last.last = true;
  return lines;
}

/** Line advance of body text: pdfkit's line height of the face at that size, plus the line gap. */
function lineHeight(doc: Doc, style: FontStyle, size: number): { height: number; advance: number } {
  const height = doc.font(FONT[style]).fontSize(size).currentLineHeight(true);
  return { height, advance: height + LINE_GAP };
}

/** Height a paragraph takes (without page breaks), for keeping blocks together. */
export function paragraphHeight(doc: Doc, text: string, width: number, o: ParagraphOptions = {}): number {
  const lines = linesOf(doc, text, o, width);
  return lines.length * lineHeight(doc, o.style ?? 'regular', o.size ?? BODY_SIZE).advance + (lines.length > 0 ? PARAGRAPH_GAP : 0);
}

/** One line: left, centred, or justified by widening the spaces, each style run shaped once. */
function drawParagraphLine(doc: Doc, line: Line, x: number, y: number, size: number, align: ParagraphOptions['align']): void {
  const runs: { style: FontStyle; text: string }[] = [];
  for (const w of line.words) {
    const last = runs[runs.length - 1];
    if (last && last.style === w.style) last.text += ` ${w.text}`;
    else runs.push({ style: w.style, text: w.text });
  }
  // A space joins two runs of different styles; it is shaped in the style of the run before.
  const shaped = runs.map((r, i) => shape(doc, i < runs.length - 1 ? `${r.text} ` : r.text, r.style, size));
  const natural = shaped.reduce((n, l) => n + l.width, 0);
  const spaces = shaped.reduce((n, l) => n + l.spaces, 0);
  const slack = line.room - natural;
  const extra = align === 'justify' && !line.last && spaces > 0 ? Math.max(0, slack / spaces) : 0;
  let cx = x + (align === 'center' ? Math.max(0, slack / 2) : 0);
  for (const l of shaped) {
    emit(doc, l, cx, y, extra);
    cx += l.width + l.spaces * extra;
  }
}

/**
 * A body paragraph at doc.y, justified by default, breaking onto new pages as it runs over
 * (page numbers are stamped afterwards). Our own line breaker rather than pdfkit's wrapper:
 * the same one that measures a paragraph before it is drawn (paragraphHeight), it keeps a lone
 * dash with the word before it, and it costs a fraction of pdfkit's Unicode line-breaking pass.
 */
export function paragraph(doc: Doc, text: string, o: ParagraphOptions = {}): void {
  const f = frame(doc);
  const size = o.size ?? BODY_SIZE;
  const inset = o.inset ?? 0;
  const align = o.align ?? 'justify';
  const lines = linesOf(doc, text, o, f.width - inset);
  const { height, advance } = lineHeight(doc, o.style ?? 'regular', size);
  const indent = o.indent === false ? 0 : INDENT;
  let y = doc.y;
  lines.forEach((line, i) => {
    if (y + height > frame(doc).bottom && y > frame(doc).top) {
      doc.addPage();
      y = frame(doc).top;
    }
    drawParagraphLine(doc, line, f.left + inset + (i === 0 ? indent : 0), y, size, align);
    y += advance;
  });
  doc.y = lines.length > 0 ? y + PARAGRAPH_GAP : y;
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
