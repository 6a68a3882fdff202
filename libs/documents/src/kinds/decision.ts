import type { RenderOptions } from '../fonts/fonts';
import { paragraph } from '../layout/body';
import { MM, createDocument, frame, type Doc } from '../layout/document';
import { numberRef, roman, shortDate, SUBJECT_LABEL, upper } from '../layout/format';
import { drawLetterhead, drawTitle } from '../layout/letterhead';
import { finish } from '../layout/page-numbers';
import { drawClosing, signatureOf } from '../layout/signature';
import { drawLines } from '../layout/text';
import { balancedLines, wrapText } from '../layout/wrap';
import type { RenderMeta, RenderedPdf } from '../model/common';
import { DocumentDataError } from '../model/errors';
import type { DecisionInput } from '../model/inputs';
import type { Nominee } from '../model/nominee';
import { drawTable, type TableColumn, type TableRow } from '../tables/table';
import { groupNominees } from './groups';

function annexRows(awardees: readonly Nominee[]): TableRow[] {
  const rows: TableRow[] = [];
  let no = 0;
  groupNominees(awardees).forEach((g, gi) => {
    rows.push({ kind: 'span', text: `${roman(gi + 1)}. ${upper(SUBJECT_LABEL[g.kind])} (${g.nominees.length})` });
    for (const n of g.nominees) rows.push({ kind: 'cells', cells: [String(++no), n.name, n.positionOrAddress ?? ''] });
  });
  return rows;
}

/** The annex on its own page: "Danh sách ... (Kèm theo Quyết định số ... ngày ... của ...)". */
function drawAnnex(doc: Doc, input: DecisionInput): void {
  doc.addPage();
  const f = frame(doc);
  const { letterhead, dossier } = input;
  let y = drawLetterhead(doc, { body: letterhead.body });
  const w = f.width * 0.9;
  const x = f.left + (f.width - w) / 2;
  const title = `DANH SÁCH CÁC TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG ${upper(dossier.awardTypeName)}`;
  y = drawLines(doc, balancedLines(doc, title, w, 'bold', 14), x, y - 6, w, { size: 14, style: 'bold', align: 'center' });
  const ref = `(Kèm theo Quyết định số ${numberRef(letterhead.number)} ngày ${shortDate(letterhead.placeDate.date)} của ${input.issuerInProse ?? `Chủ tịch ${letterhead.body.shortName}`})`;
  y = drawLines(doc, wrapText(doc, ref, w, 'italic', 13), x, y, w, { size: 13, style: 'italic', align: 'center' });
  doc.y = y + 8;
  const columns: TableColumn[] = [
    { header: 'STT', width: 12 * MM, align: 'center' },
    { header: 'Họ và tên / Tên tập thể, hộ gia đình, doanh nghiệp', width: (f.width - 12 * MM) * 0.45 },
    { header: 'Chức vụ, đơn vị công tác / Địa chỉ', width: (f.width - 12 * MM) * 0.55 },
  ];
  drawTable(doc, { columns, rows: annexRows(input.awardees), size: 12 });
}

/** Quyết định khen thưởng: bases, numbered articles, signature, then the annex list. */
export async function renderDecision(input: DecisionInput, meta: RenderMeta, options: RenderOptions = {}): Promise<RenderedPdf> {
  checkAwardees(input);
  const { doc, bytes } = createDocument({ meta, fonts: options.fonts, title: `Quyết định: ${input.subject}`, author: input.letterhead.body.shortName, subject: input.subject });
  drawDecision(doc, input);
  const pageCount = finish(doc);
  return { bytes: await bytes, pageCount };
}

function checkAwardees(input: DecisionInput): void {
  if (input.awardees.length === 0) {
    // A decision that awards nobody must not be issued; the list, by contrast, may be empty.
    throw new DocumentDataError('NO_AWARDEES', 'Quyết định khen thưởng phải có ít nhất một tập thể hoặc cá nhân');
  }
}

/** The decision on the current (fresh, portrait) page, then its annex from a new page. */
export function drawDecision(doc: Doc, input: DecisionInput): void {
  checkAwardees(input);

  doc.y = drawLetterhead(doc, input.letterhead);
  doc.y = drawTitle(doc, doc.y, 'QUYẾT ĐỊNH', input.subject) + 4;
  paragraph(doc, upper(input.authority), { style: 'bold', align: 'center', indent: false });
  doc.moveDown(0.3);
  // Decree 30: the legal bases are set in italics, each on its own line.
  for (const b of input.bases) paragraph(doc, b, { style: 'italic' });
  doc.moveDown(0.3);
  paragraph(doc, 'QUYẾT ĐỊNH:', { style: 'bold', align: 'center', indent: false });
  input.articles.forEach((a, i) => paragraph(doc, i === input.articles.length - 1 ? `${a.replace(/\.?\/?\.?$/, '')}./.` : a, { lead: `Điều ${i + 1}.` }));

  drawClosing(doc, { kind: 'recipients', items: input.recipients }, signatureOf(input.signer));
  drawAnnex(doc, input);
}
