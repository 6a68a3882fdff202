import type { FontStyle } from '../fonts/fonts';
import type { Doc } from './document';
import { emit, shape } from './emit';
import { wrapText } from './wrap';

export type Align = 'left' | 'center' | 'right';

/** Line advance as a multiple of the font size: single spacing of Times is about 1.15. */
export const LEADING = 1.2;

export interface LineStyle {
  style?: FontStyle;
  size: number;
  align?: Align;
  /** Line advance in points; LEADING × size by default. */
  leading?: number;
  color?: string;
}

/**
 * One line at an exact position, never wrapped and never breaking the page: layout decisions
 * are made by our callers, not by pdfkit. Text is normalised to NFC so a name typed on a Mac
 * (decomposed) gets the precomposed glyphs the font was drawn with.
 */
export function drawLine(doc: Doc, text: string, x: number, y: number, width: number, s: LineStyle): void {
  const line = shape(doc, text.normalize('NFC'), s.style ?? 'regular', s.size);
  const dx = s.align === 'center' ? (width - line.width) / 2 : s.align === 'right' ? width - line.width : 0;
  emit(doc, line, x + dx, y, 0, s.color ?? 'black');
}

/** Draws the lines one under the other and returns the y below the last. */
export function drawLines(doc: Doc, lines: string[], x: number, y: number, width: number, s: LineStyle): number {
  const leading = s.leading ?? s.size * LEADING;
  for (const line of lines) {
    drawLine(doc, line, x, y, width, s);
    y += leading;
  }
  return y;
}

/** Wraps then draws; returns the y below the block. */
export function drawWrapped(doc: Doc, text: string, x: number, y: number, width: number, s: LineStyle): number {
  return drawLines(doc, wrapText(doc, text, width, s.style ?? 'regular', s.size), x, y, width, s);
}

/** Height the same call to drawWrapped would take. */
export function wrappedHeight(doc: Doc, text: string, width: number, s: LineStyle): number {
  return wrapText(doc, text, width, s.style ?? 'regular', s.size).length * (s.leading ?? s.size * LEADING);
}

/** A horizontal rule centred on `cx`, the "đường kẻ" Decree 30 puts under headings. */
export function rule(doc: Doc, cx: number, y: number, length: number): void {
  doc
    .moveTo(cx - length / 2, y)
    .lineTo(cx + length / 2, y)
    .lineWidth(0.6)
    .strokeColor('black')
    .stroke();
}
