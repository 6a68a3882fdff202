import type { RenderOptions } from '../fonts/fonts';
import { paragraph } from '../layout/body';
import { createDocument, type Doc } from '../layout/document';
import { drawAddressees, drawLetterhead, drawTitle } from '../layout/letterhead';
import { finish } from '../layout/page-numbers';
import { drawClosing, signatureOf } from '../layout/signature';
import { count2, SUBJECT_LABEL } from '../layout/format';
import type { RenderMeta, RenderedPdf } from '../model/common';
import type { SubmissionInput } from '../model/inputs';
import { countsPhrase, groupNominees, kindsPhrase, movementPhrase } from './groups';

/** Trích yếu of the letter, also used as the bundle's table-of-contents entry. */
export function submissionSubject(input: Pick<SubmissionInput, 'dossier' | 'nominees'>): string {
  const { dossier, nominees } = input;
  return `Về việc đề nghị tặng ${dossier.awardTypeName} cho các ${kindsPhrase(nominees)} đã có thành tích xuất sắc trong ${movementPhrase(dossier.movementName)}`;
}

/** Tờ trình đề nghị khen thưởng (Decree 30 layout, Appendix I). */
export async function renderSubmission(input: SubmissionInput, meta: RenderMeta, options: RenderOptions = {}): Promise<RenderedPdf> {
  const subject = submissionSubject(input);
  const { doc, bytes } = createDocument({ meta, fonts: options.fonts, title: `Tờ trình: ${input.dossier.title}`, author: input.letterhead.body.name, subject });
  drawSubmission(doc, input);
  const pageCount = finish(doc);
  return { bytes: await bytes, pageCount };
}

/** The letter on the current (fresh, portrait) page and as many after it as it needs. */
export function drawSubmission(doc: Doc, input: SubmissionInput): void {
  const subject = submissionSubject(input);
  doc.y = drawLetterhead(doc, input.letterhead);
  doc.y = drawTitle(doc, doc.y, 'TỜ TRÌNH', subject) + 4;

  doc.y = drawAddressees(doc, doc.y, input.addressees);

  for (const b of input.bases) paragraph(doc, b);

  const groups = groupNominees(input.nominees);
  const to = input.addressees[0] ?? 'cấp có thẩm quyền';
  if (groups.length === 0) {
    paragraph(doc, `Không có tập thể, cá nhân nào đủ tiêu chuẩn đề nghị tặng ${input.dossier.awardTypeName}.`);
  } else {
    paragraph(
      doc,
      `Căn cứ kết quả bình xét, ${input.letterhead.body.shortName} kính đề nghị ${to} xem xét, tặng ${input.dossier.awardTypeName} cho ${countsPhrase(input.nominees)} (tổng số ${count2(input.nominees.length)}), cụ thể:`,
    );
    for (const g of groups) paragraph(doc, `- ${count2(g.nominees.length)} ${SUBJECT_LABEL[g.kind]};`);
    paragraph(doc, '(Có danh sách và báo cáo thành tích kèm theo)', { style: 'italic', indent: true });
  }
  const closing = input.closing ?? `Kính trình ${to} xem xét, quyết định./.`;
  drawClosing(doc, { kind: 'recipients', items: input.recipients }, signatureOf(input.signer), closing);
}
