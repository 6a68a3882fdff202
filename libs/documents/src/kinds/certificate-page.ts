import { MM, type Doc } from '../layout/document';
import { numberRef, placeDateLine, shortDate, upper } from '../layout/format';
import { NATIONAL_MOTTO, NATIONAL_NAME } from '../layout/letterhead';
import { signerHeadings } from '../layout/signature';
import type { FontStyle } from '../fonts/fonts';
import { LEADING, drawLines, rule } from '../layout/text';
import { textWidth, wrapText } from '../layout/wrap';
import type { CertificateRecipient, CertificatesInput } from '../model/inputs';

const RED = '#b3141c';
const GOLD = '#c49a2c';

/** Ornament at a corner: a gold diamond in a red one, with a short double flourish. */
function corner(doc: Doc, x: number, y: number, sx: number, sy: number): void {
  const d = 7 * MM;
  doc.save().lineWidth(1).strokeColor(RED).fillColor(GOLD);
  doc.polygon([x, y - d / 2], [x + d / 2, y], [x, y + d / 2], [x - d / 2, y]).fillAndStroke(GOLD, RED);
  doc.moveTo(x + sx * (d / 2 + 2), y).lineTo(x + sx * 24 * MM, y).stroke();
  doc.moveTo(x, y + sy * (d / 2 + 2)).lineTo(x, y + sy * 24 * MM).stroke();
  doc.restore();
}

/**
 * The decorative frame: a heavy red border, a thin gold one inside it, corner diamonds. Plain
 * vector paths (a few hundred bytes a page), since thousands of pages are printed in one go.
 */
export function drawBorder(doc: Doc): void {
  const { width: w, height: h } = doc.page;
  const outer = 9 * MM;
  const inner = 12.5 * MM;
  doc.save();
  doc.lineWidth(3.5).strokeColor(RED).rect(outer, outer, w - 2 * outer, h - 2 * outer).stroke();
  doc.lineWidth(1.2).strokeColor(GOLD).rect(inner, inner, w - 2 * inner, h - 2 * inner).stroke();
  doc.lineWidth(0.5).strokeColor(RED).rect(inner + 2, inner + 2, w - 2 * inner - 4, h - 2 * inner - 4).stroke();
  doc.restore();
  const c = 16 * MM;
  corner(doc, c, c, 1, 1);
  corner(doc, w - c, c, -1, 1);
  corner(doc, c, h - c, 1, -1);
  corner(doc, w - c, h - c, -1, -1);
}

interface Block {
  lines: string[];
  size: number;
  style: FontStyle;
  color?: string;
  /** Space above the block, in points. */
  gap: number;
  /** Draw the motto's underline under this block. */
  underline?: boolean;
}

/** Largest size from `max` down to `min` at which `text` takes at most `maxLines` lines. */
function fitName(doc: Doc, text: string, width: number, max: number, min: number, maxLines: number) {
  for (let size = max; size > min; size -= 2) {
    const lines = wrapText(doc, text, width, 'bold', size);
    if (lines.length <= maxLines) return { size, lines };
  }
  return { size: min, lines: wrapText(doc, text, width, 'bold', min) };
}

const heightOf = (blocks: Block[], k: number) => blocks.reduce((h, b) => h + b.gap * k + b.lines.length * b.size * k * LEADING, 0);

/** One Bằng khen / Giấy khen on the current (landscape) page. */
export function drawCertificate(doc: Doc, input: CertificatesInput, r: CertificateRecipient): void {
  const { width: w, height: h } = doc.page;
  const left = 26 * MM;
  const width = w - 2 * left;
  drawBorder(doc);

  // The name is the point of the page: as large as fits on two lines, smaller only if it must.
  const name = fitName(doc, r.name, width - 30 * MM, 30, 12, 2);
  const blocks: Block[] = [
    { lines: [NATIONAL_NAME], size: 15, style: 'bold', gap: 0 },
    { lines: [NATIONAL_MOTTO], size: 15, style: 'bold', gap: 0, underline: true },
    { lines: upper(input.grantor).split('\n'), size: 18, style: 'bold', gap: 14 },
    { lines: ['TẶNG'], size: 16, style: 'bold', gap: 6 },
    { lines: [input.awardKind === 'bang-khen' ? 'BẰNG KHEN' : 'GIẤY KHEN'], size: 54, style: 'bold', color: RED, gap: 2 },
    { lines: name.lines, size: name.size, style: 'bold', color: RED, gap: 4 },
    { lines: r.line ? wrapText(doc, r.line, width - 40 * MM, 'italic', 17).slice(0, 2) : [], size: 17, style: 'italic', gap: 4 },
    { lines: wrapText(doc, input.citation, width - 30 * MM, 'regular', 17).slice(0, 3), size: 17, style: 'regular', gap: 10 },
  ];
  // Everything above the signature row must end above it: shrink the whole block if it would not.
  const top = 22 * MM;
  const base = h - 56 * MM;
  const k = Math.max(0.6, Math.min(1, (base - 8 - top) / heightOf(blocks, 1)));
  let y = top;
  for (const b of blocks) {
    y += b.gap * k;
    const size = b.size * k;
    y = drawLines(doc, b.lines, left, y, width, { size, style: b.style, align: 'center', color: b.color });
    if (b.underline) rule(doc, w / 2, y + 1, textWidth(doc, NATIONAL_MOTTO, 'bold', size));
  }

  // Bottom row: decision and registry number left, place-date and signature right.
  const colW = width * 0.48;
  const rightX = left + width - colW;
  const decision = `Quyết định số: ${numberRef(input.decision.number)} ngày ${shortDate(input.decision.date)}`;
  drawLines(doc, r.registryNumber ? [decision, `Số sổ vàng: ${r.registryNumber}`] : [decision], left + 10 * MM, base + 24, colW, { size: 13 });
  let sy = drawLines(doc, [placeDateLine(input.placeDate)], rightX, base, colW, { size: 14, style: 'italic', align: 'center' });
  sy = drawLines(doc, signerHeadings(input.signer), rightX, sy, colW, { size: 14, style: 'bold', align: 'center' });
  drawLines(doc, [input.signer.name], rightX, sy + 19 * MM, colW, { size: 15, style: 'bold', align: 'center' });
}
