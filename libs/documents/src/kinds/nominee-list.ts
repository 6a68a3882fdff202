import type { RenderOptions } from '../fonts/fonts';
import { MM, createDocument, frame, type Doc } from '../layout/document';
import { numberRef, outcomeText, roman, shortDate, SUBJECT_LABEL, upper } from '../layout/format';
import { drawLetterhead } from '../layout/letterhead';
import { finish } from '../layout/page-numbers';
import { closingHeight, drawClosing, signatureOf } from '../layout/signature';
import { drawLines } from '../layout/text';
import { balancedLines, wrapText } from '../layout/wrap';
import type { RenderMeta, RenderedPdf } from '../model/common';
import type { AttachedTo, NomineeListInput } from '../model/inputs';
import type { Nominee } from '../model/nominee';
import { drawTable, type TableColumn, type TableRow } from '../tables/table';
import { groupNominees } from './groups';

export const EMPTY_LIST_TEXT = 'Không có tập thể, cá nhân nào được đề nghị.';

/** Level columns: the ones given, else every level met in the outcomes, in first-seen order. */
export function listLevels(nominees: readonly Nominee[], levels?: string[]): string[] {
  if (levels) return levels;
  const seen: string[] = [];
  for (const n of nominees) for (const o of n.outcomes) if (!seen.includes(o.level)) seen.push(o.level);
  return seen;
}

export function attachedLine(a: AttachedTo): string {
  return `(Kèm theo ${a.kindName} số ${numberRef(a.number)} ngày ${shortDate(a.date)} của ${a.issuer})`;
}

/** Column widths for the page's text width: names and addresses wrap, achievements take the rest. */
export function listColumns(width: number, levels: string[]): TableColumn[] {
  const levelW = 34 * MM;
  const fixed = [12 * MM, 52 * MM, 52 * MM];
  const rest = Math.max(50 * MM, width - fixed.reduce((a, b) => a + b, 0) - levelW * levels.length);
  const scale = Math.min(1, width / (fixed.reduce((a, b) => a + b, 0) + rest + levelW * levels.length));
  return [
    { header: 'STT', width: fixed[0] * scale, align: 'center' },
    { header: 'Họ và tên / Tên tập thể, hộ gia đình, doanh nghiệp', width: fixed[1] * scale },
    { header: 'Chức vụ, đơn vị công tác / Địa chỉ', width: fixed[2] * scale },
    { header: 'Tóm tắt thành tích', width: rest * scale },
    ...levels.map((l) => ({ header: `Kết quả ${l.charAt(0).toLowerCase()}${l.slice(1)}`, width: levelW * scale })),
  ];
}

/**
 * Table rows, grouped by subject type with a heading per group and a number running through
 * the whole list, so the total is the last number and a lost or doubled row shows at once.
 */
export function* nomineeRows(nominees: readonly Nominee[], levels: string[]): Generator<TableRow> {
  const groups = groupNominees(nominees);
  if (groups.length === 0) {
    yield { kind: 'span', text: EMPTY_LIST_TEXT, style: 'italic', align: 'center' };
    return;
  }
  let no = 0;
  for (const [gi, g] of groups.entries()) {
    yield { kind: 'span', text: `${roman(gi + 1)}. ${upper(SUBJECT_LABEL[g.kind])} (${g.nominees.length})` };
    for (const n of g.nominees) {
      no++;
      const byLevel = new Map(n.outcomes.map((o) => [o.level, o]));
      yield {
        kind: 'cells',
        cells: [String(no), n.name, n.positionOrAddress ?? '', n.achievements, ...levels.map((l) => outcomeText(byLevel.get(l)))],
      };
    }
  }
}

/** Danh sách đề nghị khen thưởng: landscape, as many pages as the table needs. */
export async function renderNomineeList(input: NomineeListInput, meta: RenderMeta, options: RenderOptions = {}): Promise<RenderedPdf> {
  const title = `DANH SÁCH ĐỀ NGHỊ TẶNG ${upper(input.dossier.awardTypeName)}`;
  const { doc, bytes } = createDocument({ meta, fonts: options.fonts, title, author: input.body.shortName, layout: 'landscape' });
  drawNomineeList(doc, input);
  const pageCount = finish(doc);
  return { bytes: await bytes, pageCount };
}

/** The list on the current (fresh, landscape) page and as many after it as the table needs. */
export function drawNomineeList(doc: Doc, input: NomineeListInput): void {
  const title = `DANH SÁCH ĐỀ NGHỊ TẶNG ${upper(input.dossier.awardTypeName)}`;
  const f = frame(doc);

  let y = drawLetterhead(doc, { body: input.body });
  const titleW = f.width * 0.8;
  const tx = f.left + (f.width - titleW) / 2;
  y = drawLines(doc, balancedLines(doc, title, titleW, 'bold', 14), tx, y - 6, titleW, { size: 14, style: 'bold', align: 'center' });
  if (input.dossier.movementName) {
    const line = `Đã có thành tích xuất sắc trong Phong trào thi đua “${input.dossier.movementName}”`;
    y = drawLines(doc, balancedLines(doc, line, titleW, 'bold', 13), tx, y, titleW, { size: 13, style: 'bold', align: 'center' });
  }
  if (input.attachedTo) {
    y = drawLines(doc, wrapText(doc, attachedLine(input.attachedTo), titleW, 'italic', 13), tx, y, titleW, {
      size: 13,
      style: 'italic',
      align: 'center',
    });
  }
  doc.y = y + 8;

  const levels = listLevels(input.nominees, input.levels);
  const signature = input.signer && signatureOf(input.signer, { placeDate: input.placeDate });
  const keepLastWith = signature ? closingHeight(doc, undefined, signature) + 8 : 0;
  drawTable(doc, { columns: listColumns(f.width, levels), rows: nomineeRows(input.nominees, levels), size: 11, headerSize: 11, keepLastWith });

  if (signature) {
    doc.y += 8;
    drawClosing(doc, undefined, signature);
  }
}
