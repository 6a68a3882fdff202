import type { RenderOptions } from '../fonts/fonts';
import { numberRef, shortDate } from '../layout/format';
import type { RenderMeta, RenderedPdf } from '../model/common';
import type { BundleInput } from '../model/inputs';
import { renderAchievementReport } from '../kinds/achievement-report';
import { renderCertificates } from '../kinds/certificates';
import { renderDecision } from '../kinds/decision';
import { renderMinutes } from '../kinds/minutes';
import { renderNomineeList } from '../kinds/nominee-list';
import { renderSubmission } from '../kinds/submission';

export type SectionKind = 'submission' | 'nominee-list' | 'achievement-report' | 'minutes' | 'decision' | 'certificates' | 'attachment';

export interface RenderedPart extends RenderedPdf {
  kind: SectionKind;
  title: string;
}

/** Bookmark and table-of-contents group of each kind; reports and attachments nest under one. */
export const GROUP_TITLE: Partial<Record<SectionKind, string>> = {
  'achievement-report': 'Báo cáo thành tích',
  attachment: 'Tài liệu kèm theo',
};

/**
 * Renders the dossier's documents in the order a reviewer reads them: submission, list,
 * reports, minutes, decision, certificates. Each gets an id derived from the bundle's, so the
 * bundle is as reproducible as its parts.
 */
export async function renderParts(input: BundleInput, meta: RenderMeta, options: RenderOptions = {}): Promise<RenderedPart[]> {
  const sub = (suffix: string): RenderMeta => ({ ...meta, documentId: `${meta.documentId}/${suffix}` });
  const parts: RenderedPart[] = [];
  if (input.submission) {
    const { number, placeDate, body } = input.submission.letterhead;
    const title = `Tờ trình số ${numberRef(number)} ngày ${shortDate(placeDate.date)} của ${body.shortName}`;
    parts.push({ kind: 'submission', title, ...(await renderSubmission(input.submission, sub('submission'), options)) });
  }
  if (input.nomineeList) {
    const title = `Danh sách đề nghị tặng ${input.nomineeList.dossier.awardTypeName} (${input.nomineeList.nominees.length})`;
    parts.push({ kind: 'nominee-list', title, ...(await renderNomineeList(input.nomineeList, sub('nominee-list'), options)) });
  }
  for (const report of input.achievementReports ?? []) {
    const title = `Báo cáo thành tích: ${report.nominee.name}`;
    parts.push({ kind: 'achievement-report', title, ...(await renderAchievementReport(report, sub(`report/${report.nominee.id}`), options)) });
  }
  if (input.minutes) {
    const { number, placeDate } = input.minutes.letterhead;
    const title = `Biên bản họp ${input.minutes.meeting.councilName} số ${numberRef(number)} ngày ${shortDate(placeDate.date)}`;
    parts.push({ kind: 'minutes', title, ...(await renderMinutes(input.minutes, sub('minutes'), options)) });
  }
  if (input.decision) {
    const { number, placeDate } = input.decision.letterhead;
    const title = `Quyết định số ${numberRef(number)} ngày ${shortDate(placeDate.date)} kèm danh sách`;
    parts.push({ kind: 'decision', title, ...(await renderDecision(input.decision, sub('decision'), options)) });
  }
  if (input.certificates) {
    const rendered = await renderCertificates(input.certificates, sub('certificates'), options);
    const kind = input.certificates.awardKind === 'bang-khen' ? 'Bằng khen' : 'Giấy khen';
    parts.push({ kind: 'certificates', title: `${kind} (${rendered.pageCount} bản)`, ...rendered });
  }
  return parts;
}
