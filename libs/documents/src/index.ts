// @vinh-danh/documents: pure functions from document data to PDF bytes (pdfkit, pdf-lib).
// Data in, bytes out: no database, no clock (RenderMeta carries it), no network.

// Input model: what the api maps its dossier entities onto.
export * from './model/common';
export * from './model/nominee';
export * from './model/council';
export * from './model/errors';
export * from './model/inputs';
export { defaultFonts, dejavuFonts, type FontSet, type FontStyle, type RenderOptions } from './fonts/fonts';

// One function per document kind.
export { renderSubmission, submissionSubject } from './kinds/submission';
export { renderNomineeList, nomineeRows, listLevels, EMPTY_LIST_TEXT } from './kinds/nominee-list';
export { renderAchievementReport } from './kinds/achievement-report';
export { renderMinutes, tallyVotes, minimumVotes } from './kinds/minutes';
export { renderDecision } from './kinds/decision';
export { renderCertificates, writeCertificates, type ByteSink, type CertificateOptions } from './kinds/certificates';

// The whole dossier as one file.
export { renderBundle, type BundleResult, type BundleSection } from './bundle/bundle';
export { bundleContentHash, qrPayload, type HashedPart } from './bundle/qr';
export { NOT_MERGED } from './bundle/cover';

// Draft marking of a rendered PDF ("DỰ THẢO" in the top margin of every page).
export { markDraft, DRAFT_LABEL } from './layout/draft-mark';
export type { SectionKind } from './bundle/parts';

// Digital signature (PAdES sub-filter) of any rendered PDF.
export { signPdf, type SignatureInfo, type SigningIdentity } from './signing/sign';

// Drawing a small sample once after start, so the first real paper finds the code warm.
export { warmUp } from './warm-up';

// Demo data drawn from the seed plans (Yên Thế, Bắc Giang): for demo mode, samples and tests.
export * as samples from './samples';
