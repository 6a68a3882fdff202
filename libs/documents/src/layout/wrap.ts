import type { FontStyle } from '../fonts/fonts';
import { remember } from '../fonts/fonts';
import { FONT, metricsOf, widthsOf, type Doc } from './document';

/**
 * Our own greedy line breaker. pdfkit's wrapper breaks pages on its own, which a table must
 * control (repeat the header, never split a row); knowing the lines up front also gives a
 * row's height before anything is drawn. Word widths are cached per font set and style,
 * across documents, so a 10,000-row list or a bundle of 500 reports measures each distinct
 * word once.
 */
export function unitWidth(doc: Doc, style: FontStyle, word: string): number {
  const cache = widthsOf(doc, style);
  let width = cache.get(word);
  if (width === undefined) {
    doc.font(FONT[style]).fontSize(1000);
    width = doc.widthOfString(word) / 1000;
    cache.set(word, width);
  }
  return width;
}

/**
 * Width of a string at a size, in points. A whole line is not cached (lines are mostly unique
 * and would fill the shared cache); pdfkit measures it from its cache of shaped words.
 */
export function textWidth(doc: Doc, text: string, style: FontStyle, size: number): number {
  return doc.font(FONT[style]).fontSize(size).widthOfString(text.normalize('NFC'));
}

/** Split a word wider than the line into pieces that fit (a 500-letter name without spaces). */
export function breakWord(doc: Doc, word: string, width: number, style: FontStyle, size: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of Array.from(word)) {
    if (current && unitWidth(doc, style, current + ch) * size > width) {
      pieces.push(current);
      current = ch;
    } else current += ch;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** A lone dash stays with the word before it: a line never starts with "- Không để ai...". */
export function glueDashes(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (/^[-–]$/.test(w) && out.length > 0) out[out.length - 1] += ` ${w}`;
    else out.push(w);
  }
  return out;
}

/**
 * Lines of `text` that fit `width` at `size`. '\n' starts a new line; runs of spaces collapse,
 * as they would in a word processor's justified paragraph. Empty text gives one empty line,
 * so a blank cell still has a height.
 */
export function wrapText(doc: Doc, text: string, width: number, style: FontStyle, size: number): string[] {
  return remembered(doc, 'wrap', text, width, style, size, wrap);
}

/** A copy of the shared cache's lines for these arguments, computed on a miss. */
function remembered(doc: Doc, kind: string, text: string, width: number, style: FontStyle, size: number, compute: typeof wrap): string[] {
  const cache = metricsOf(doc).wrapped;
  const key = `${kind}\u0000${style}\u0000${size}\u0000${width}\u0000${text}`;
  const lines = cache.get(key) ?? remember(cache, key, compute(doc, text, width, style, size));
  return [...lines];
}

function wrap(doc: Doc, text: string, width: number, style: FontStyle, size: number): string[] {
  const lines: string[] = [];
  const space = unitWidth(doc, style, ' ') * size;
  for (const paragraph of text.normalize('NFC').split('\n')) {
    const words = glueDashes(paragraph.split(/\s+/).filter((w) => w.length > 0));
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      const w = unitWidth(doc, style, word) * size;
      if (line && lineWidth + space + w <= width) {
        line += ` ${word}`;
        lineWidth += space + w;
        continue;
      }
      if (line) lines.push(line);
      if (w <= width) {
        line = word;
        lineWidth = w;
        continue;
      }
      const pieces = breakWord(doc, word, width, style, size);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
      lineWidth = unitWidth(doc, style, line) * size;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Lines of a centred heading, balanced: as many lines as wrapText needs at `width`, but each as
 * close to the same length as the words allow, so a title or a signing capacity never ends on
 * a lone word ("XÁC NHẬN CỦA CẤP TRÌNH KHEN / THƯỞNG" becomes "XÁC NHẬN CỦA CẤP / TRÌNH KHEN THƯỞNG").
 */
export function balancedLines(doc: Doc, text: string, width: number, style: FontStyle, size: number): string[] {
  return remembered(doc, 'balance', text, width, style, size, balance);
}

function balance(doc: Doc, text: string, width: number, style: FontStyle, size: number): string[] {
  const lines = wrap(doc, text, width, style, size);
  if (lines.length < 2 || text.includes('\n')) return lines;
  // The narrowest width that still gives the same number of lines, to half a point.
  let lo = width / lines.length;
  let hi = width;
  while (hi - lo > 0.5) {
    const mid = (lo + hi) / 2;
    if (wrap(doc, text, mid, style, size).length <= lines.length) hi = mid;
    else lo = mid;
  }
  return wrap(doc, text, hi, style, size);
}
