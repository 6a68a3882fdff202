import type { RenderOptions } from '../fonts/fonts';
import { createDocument, startPage, type Doc } from '../layout/document';
import { numberRef, shortDate } from '../layout/format';
import { stampPageNumbers } from '../layout/page-numbers';
import type { RenderMeta } from '../model/common';
import type { BundleInput, IssuedPart } from '../model/inputs';
import { drawAchievementReport } from '../kinds/achievement-report';
import { drawCertificates, openRecipients } from '../kinds/certificates';
import { drawDecision } from '../kinds/decision';
import { drawMinutes } from '../kinds/minutes';
import { drawNomineeList } from '../kinds/nominee-list';
import { drawSubmission } from '../kinds/submission';

export type SectionKind = 'submission' | 'nominee-list' | 'achievement-report' | 'minutes' | 'decision' | 'certificates' | 'attachment';

/**
 * One document of the dossier in bundle order: drawn into the body (with its page count), or
 * an issued paper supplied as stored bytes, merged in its place by the bundle.
 */
export type BodyPart = { kind: SectionKind; title: string; pageCount: number; issued?: undefined } | { kind: IssuedPart; title: string; issued: Uint8Array };

export interface Body {
  /** Every drawn document of the dossier, one after the other, as one PDF; none if all were issued. */
  bytes?: Uint8Array;
  parts: BodyPart[];
}

/** Bookmark and table-of-contents group of each kind; reports and attachments nest under one. */
export const GROUP_TITLE: Partial<Record<SectionKind, string>> = {
  'achievement-report': 'Báo cáo thành tích',
  attachment: 'Tài liệu kèm theo',
};

/** Name of the body in the content hash (see bundleParts). */
export const BODY_PART = 'documents';

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Draws the dossier's documents in the order a reviewer reads them (submission, list, reports,
 * minutes, decision, certificates) into ONE pdfkit document. Each part starts on a fresh page
 * in its own orientation and numbers its own pages from its second one, exactly as its
 * standalone render does; the fonts are embedded once for all of them. Rendering 500 reports
 * as 500 files and merging them cost 500 font subsets and a parse of each file: most of the
 * bundle's time and a file ten times larger.
 */
export async function drawBody(input: BundleInput, meta: RenderMeta, options: RenderOptions = {}): Promise<Body> {
  const { doc, bytes } = createDocument({
    meta: { ...meta, documentId: `${meta.documentId}/documents` },
    fonts: options.fonts,
    title: `Hồ sơ ${input.dossier.code}: ${input.dossier.title}`,
    author: input.body.shortName,
    autoFirstPage: false,
    // Deflated after loading, faster than pdfkit's fixed level (bundle/deflate.ts).
    compress: false,
  });
  const parts: BodyPart[] = [];
  let drawnPages = 0;
  const part = async (kind: SectionKind, title: string, layout: 'portrait' | 'landscape', draw: (d: Doc) => void | Promise<unknown>) => {
    const issued = input.issued?.[kind as IssuedPart];
    if (issued) {
      parts.push({ kind: kind as IssuedPart, title, issued });
      return;
    }
    // Earlier parts are written out, so the buffer (and stampPageNumbers) covers this part only.
    doc.flushPages();
    startPage(doc, layout);
    await draw(doc);
    stampPageNumbers(doc);
    const { count } = doc.bufferedPageRange();
    parts.push({ kind, title, pageCount: count });
    drawnPages += count;
    // A bundle of hundreds of documents is a long synchronous job: let the server breathe.
    await yieldToLoop();
  };

  if (input.submission) {
    const { number, placeDate, body } = input.submission.letterhead;
    const submission = input.submission;
    await part('submission', `Tờ trình số ${numberRef(number)} ngày ${shortDate(placeDate.date)} của ${body.shortName}`, 'portrait', (d) => drawSubmission(d, submission));
  }
  if (input.nomineeList) {
    const list = input.nomineeList;
    await part('nominee-list', `Danh sách đề nghị tặng ${list.dossier.awardTypeName} (${list.nominees.length})`, 'landscape', (d) => drawNomineeList(d, list));
  }
  for (const report of input.achievementReports ?? []) {
    await part('achievement-report', `Báo cáo thành tích: ${report.nominee.name}`, 'portrait', (d) => drawAchievementReport(d, report));
  }
  if (input.minutes) {
    const { number, placeDate } = input.minutes.letterhead;
    const minutes = input.minutes;
    await part('minutes', `Biên bản họp ${minutes.meeting.councilName} số ${numberRef(number)} ngày ${shortDate(placeDate.date)}`, 'portrait', (d) => drawMinutes(d, minutes));
  }
  if (input.decision) {
    const { number, placeDate } = input.decision.letterhead;
    const decision = input.decision;
    await part('decision', `Quyết định số ${numberRef(number)} ngày ${shortDate(placeDate.date)} kèm danh sách`, 'portrait', (d) => drawDecision(d, decision));
  }
  const certificates = input.certificates;
  const issuedCertificates = input.issued?.certificates;
  if (certificates && issuedCertificates) {
    // The title counts the pages, known once the bundle has opened the file.
    parts.push({ kind: 'certificates', title: certificatesTitle(certificates.awardKind, 0), issued: issuedCertificates });
  } else if (certificates) {
    const recipients = await openRecipients(certificates);
    doc.flushPages();
    // One page each, no page numbers; each page is written out as soon as it is drawn.
    const drawn = await drawCertificates(doc, certificates, recipients, {
      afterPage: (n) => (doc.flushPages(), n % 50 === 0 ? yieldToLoop() : undefined),
    });
    parts.push({ kind: 'certificates', title: certificatesTitle(certificates.awardKind, drawn), pageCount: drawn });
    drawnPages += drawn;
  }
  doc.end();
  const pdf = await bytes;
  return { bytes: drawnPages > 0 ? pdf : undefined, parts };
}

export function certificatesTitle(awardKind: 'bang-khen' | 'giay-khen', count: number): string {
  return `${awardKind === 'bang-khen' ? 'Bằng khen' : 'Giấy khen'} (${count} bản)`;
}
