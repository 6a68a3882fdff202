import type { DocumentNumber, IssuingBody, PlaceDate } from '../model/common';
import { frame, type Doc } from './document';
import { numberLine, placeDateLine, upper } from './format';
import { LEADING, drawLine, drawLines, rule } from './text';
import { balancedLines, textWidth, wrapText } from './wrap';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export interface LetterheadParts {
  /** Absent for a household's own report: the right column stands alone. */
  body?: IssuingBody;
  number?: DocumentNumber;
  placeDate?: PlaceDate;
}

/** Share of the text width given to the issuing body; the motto column takes the rest. */
const LEFT_SHARE = 0.4;

/** Largest size ≤ `size` at which one line of `text` fits `width`. */
function fitSize(doc: Doc, text: string, width: number, size: number): number {
  const w = textWidth(doc, text, 'bold', size);
  return w <= width ? size : Math.floor((size * width * 10) / w) / 10;
}

/**
 * The Decree 30 head of a document: issuing body (and parent) top left, national name and
 * motto top right; then "Số:" under the body and the italic place-date line under the motto,
 * on one row. Returns the y where the document title may start.
 */
export function drawLetterhead(doc: Doc, parts: LetterheadParts): number {
  const f = frame(doc);
  const leftW = f.width * LEFT_SHARE;
  const rightX = f.left + leftW;
  const rightW = f.width - leftW;
  const size = 13;
  const leading = size * LEADING;
  let y = f.top;

  // Left column: parent body in regular capitals, the issuing body in bold capitals.
  let ly = y;
  if (parts.body) {
    if (parts.body.parent) {
      ly = drawLines(doc, wrapText(doc, upper(parts.body.parent), leftW, 'regular', size), f.left, ly, leftW, {
        size,
        align: 'center',
      });
    }
    const bodyLines = upper(parts.body.name)
      .split('\n')
      .flatMap((l) => wrapText(doc, l, leftW, 'bold', size));
    ly = drawLines(doc, bodyLines, f.left, ly, leftW, { size, style: 'bold', align: 'center' });
    const widest = Math.max(...bodyLines.map((l) => textWidth(doc, l, 'bold', size)));
    // "Đường kẻ ngang, nét liền, có độ dài bằng từ 1/3 đến 1/2 độ dài của dòng chữ".
    rule(doc, f.left + leftW / 2, ly + 2, widest * 0.4);
    ly += 6;
  }

  // Right column: national name and motto; the motto's underline spans the motto exactly.
  const nameSize = fitSize(doc, NATIONAL_NAME, rightW, 12.5);
  drawLine(doc, NATIONAL_NAME, rightX, y, rightW, { size: nameSize, style: 'bold', align: 'center' });
  let ry = y + leading;
  drawLine(doc, NATIONAL_MOTTO, rightX, ry, rightW, { size, style: 'bold', align: 'center' });
  ry += leading;
  rule(doc, rightX + rightW / 2, ry + 1, textWidth(doc, NATIONAL_MOTTO, 'bold', size));
  ry += 6;

  // Second row: "Số:" left, place and date right, on the same line.
  y = Math.max(ly, ry) + 4;
  let bottom = y;
  if (parts.number) {
    drawLine(doc, numberLine(parts.number), f.left, y, leftW, { size, align: 'center' });
    bottom = y + leading;
  }
  if (parts.placeDate) {
    const lines = wrapText(doc, placeDateLine(parts.placeDate), rightW, 'italic', size);
    bottom = Math.max(bottom, drawLines(doc, lines, rightX, y, rightW, { size, style: 'italic', align: 'center' }));
  }
  return bottom + leading;
}

/**
 * Document kind and trích yếu, bold and centred, with the short rule under the subject.
 * `lead` is an optional first line in capitals (the kind name: TỜ TRÌNH, QUYẾT ĐỊNH ...).
 */
export function drawTitle(doc: Doc, y: number, kindName: string, subject?: string, size = 14): number {
  const f = frame(doc);
  y = drawLines(doc, wrapText(doc, upper(kindName), f.width, 'bold', size), f.left, y, f.width, {
    size,
    style: 'bold',
    align: 'center',
  });
  if (subject) {
    // The subject is narrower than the page so a long one reads as a centred block.
    const w = f.width * 0.85;
    const lines = balancedLines(doc, subject, w, 'bold', size);
    y = drawLines(doc, lines, f.left + (f.width - w) / 2, y, w, { size, style: 'bold', align: 'center' });
  }
  rule(doc, f.left + f.width / 2, y + 2, f.width / 4);
  return y + size;
}

/**
 * "Kính gửi: ..." under the title. One addressee sits on one centred line; several are listed
 * under each other, aligned after the label, each with "- " and ";" as Decree 30 shows.
 */
export function drawAddressees(doc: Doc, y: number, addressees: string[], size = 14): number {
  const f = frame(doc);
  const label = 'Kính gửi: ';
  const labelW = textWidth(doc, label, 'regular', size);
  const leading = size * LEADING;
  if (addressees.length === 1) {
    const text = `${label}${addressees[0].replace(/[.;]\s*$/, '')}.`;
    return drawLines(doc, wrapText(doc, text, f.width * 0.8, 'regular', size), f.left + f.width * 0.1, y, f.width * 0.8, {
      size,
      align: 'center',
    }) + leading / 2;
  }
  const x = f.left + f.width * 0.22;
  drawLine(doc, label, x, y, labelW, { size });
  addressees.forEach((a, i) => {
    const line = `- ${a.replace(/[.;]\s*$/, '')}${i === addressees.length - 1 ? '.' : ';'}`;
    y = drawLines(doc, wrapText(doc, line, f.right - x - labelW, 'regular', size), x + labelW, y, f.right - x - labelW, { size });
  });
  return y + leading / 2;
}
