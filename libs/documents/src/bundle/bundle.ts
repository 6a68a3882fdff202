import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import type { RenderOptions } from '../fonts/fonts';
import type { RenderMeta, RenderedPdf } from '../model/common';
import type { BundleInput } from '../model/inputs';
import { checkAttachment, type AttachmentCheck } from './attachments';
import { deflateUnfilteredStreams } from './deflate';
import { coverPageCount, renderCover, type TocEntry } from './cover';
import { writeOutline, type OutlineItem } from './outline';
import { BODY_PART, certificatesTitle, drawBody, GROUP_TITLE, type Body, type BodyPart, type SectionKind } from './parts';
import { bundleContentHash, type HashedPart } from './qr';
import { FontRetagger } from './retag';

export interface BundleSection {
  kind: SectionKind;
  title: string;
  /** 1-based page of the bundle where the section starts. */
  firstPage: number;
  pageCount: number;
}

export interface BundleResult extends RenderedPdf {
  /** Hex SHA-256 of the merged content, as encoded in the cover's QR code. */
  contentSha256: string;
  sections: BundleSection[];
  /** Attachments left out, with the reason printed in the table of contents. */
  failedAttachments: { name: string; reason: string }[];
}

type Merged = Extract<AttachmentCheck, { ok: true }>;

/**
 * pdf-lib yields to the event loop with a setTimeout every 50 (save) or 100 (load) objects,
 * a millisecond or more each time: over the ~10,000 objects of a 1,500-page bundle that was
 * a quarter of a second of waiting. Every 1,000 keeps the server responsive all the same.
 */
const OBJECTS_PER_TICK = 1000;

/** A section with its page count, whatever produced it (the body or an uploaded file). */
interface Piece {
  kind: SectionKind;
  title: string;
  pageCount: number;
}

function toc(pieces: Piece[], failed: { name: string; reason: string }[], coverPages: number): { entries: TocEntry[]; sections: BundleSection[] } {
  const sections: BundleSection[] = [];
  let page = coverPages + 1;
  for (const p of pieces) {
    sections.push({ kind: p.kind, title: p.title, firstPage: page, pageCount: p.pageCount });
    page += p.pageCount;
  }
  const entries: TocEntry[] = sections.map((s) => ({ title: s.title, page: s.firstPage, pageCount: s.pageCount }));
  for (const f of failed) entries.push({ title: f.name, failure: f.reason });
  return { entries, sections };
}

function outlineOf(sections: BundleSection[]): OutlineItem[] {
  const items: OutlineItem[] = [{ title: 'Mục lục', pageIndex: 0 }];
  for (const s of sections) {
    const item: OutlineItem = { title: s.title, pageIndex: s.firstPage - 1 };
    const group = GROUP_TITLE[s.kind];
    if (!group) {
      items.push(item);
      continue;
    }
    const last = items[items.length - 1];
    if (last.children && last.title.startsWith(group)) last.children.push(item);
    else items.push({ title: group, pageIndex: item.pageIndex, children: [item] });
  }
  for (const i of items) {
    if (!i.children) continue;
    i.title = `${i.title} (${i.children.length})`;
    // Hundreds of reports would bury the other bookmarks; a long group starts closed.
    i.closed = i.children.length > 10;
  }
  return items;
}

/**
 * The hashed content: the body (every drawn document, as one PDF), each issued paper merged as
 * stored, then each merged attachment.
 */
export function bundleParts(body: Body | undefined, merged: readonly { name: string; bytes: Uint8Array }[]): HashedPart[] {
  const issued = (body?.parts ?? []).flatMap((p) => (p.issued ? [{ name: `issued:${p.kind}`, bytes: p.issued }] : []));
  return [
    ...(body?.bytes ? [{ name: BODY_PART, bytes: body.bytes }] : []),
    ...issued,
    ...merged.map((m) => ({ name: `attachment:${m.name}`, bytes: m.bytes })),
  ];
}

/** Opens the issued papers (our own stored output: a failure here is the server's, not the clerk's). */
async function openIssued(body: Body | undefined): Promise<Map<BodyPart, PDFDocument>> {
  const opened = new Map<BodyPart, PDFDocument>();
  for (const p of body?.parts ?? []) if (p.issued) opened.set(p, await PDFDocument.load(p.issued, { updateMetadata: false }));
  return opened;
}

/**
 * One PDF for the whole dossier: a cover with the table of contents and a QR code, every
 * document in order, then the uploaded attachments that can be merged. Attachments that are
 * not PDF, encrypted or damaged never fail the bundle: they are listed as "không ghép được".
 */
export async function renderBundle(input: BundleInput, meta: RenderMeta, options: RenderOptions = {}): Promise<BundleResult> {
  const hasDocuments = Boolean(input.submission || input.nomineeList || input.achievementReports?.length || input.minutes || input.decision || input.certificates);
  const body = hasDocuments ? await drawBody(input, meta, options) : undefined;
  const issued = await openIssued(body);
  const merged: Merged[] = [];
  const failed: { name: string; reason: string }[] = [];
  // One at a time: an attachment can be large, and two cores are shared.
  for (const a of input.attachments ?? []) {
    const check = await checkAttachment(a);
    if (check.ok) merged.push(check);
    else failed.push({ name: check.name, reason: check.reason });
  }

  const contentSha256 = bundleContentHash(bundleParts(body, merged));
  const documents: Piece[] = (body?.parts ?? []).map((p) => {
    if (!p.issued) return p;
    const pageCount = issued.get(p)?.getPageCount() ?? 0;
    const title = p.kind === 'certificates' && input.certificates ? certificatesTitle(input.certificates.awardKind, pageCount) : p.title;
    return { kind: p.kind, title, pageCount };
  });
  const pieces: Piece[] = [...documents, ...merged.map((m) => ({ kind: 'attachment' as const, title: m.name, pageCount: m.pageCount }))];
  const bodyPages = pieces.reduce((n, p) => n + p.pageCount, 0);
  const coverMeta = { ...meta, documentId: `${meta.documentId}/cover` };

  // The cover's length shifts every page number after it: measure it first, then draw it once.
  const coverData = (coverPages: number) => {
    const layout = toc(pieces, failed, coverPages);
    return { layout, data: { input, entries: layout.entries, sha256: contentSha256, totalPages: coverPages + bodyPages } };
  };
  const { layout, data } = coverData(coverPageCount(coverData(1).data, coverMeta, options));
  const cover = await renderCover(data, coverMeta, options);

  // The body is the base document (its pages are not copied), the cover goes in front of it,
  // issued papers into their places, the attachments after it all.
  const out = body?.bytes ? await PDFDocument.load(body.bytes, { updateMetadata: false, parseSpeed: OBJECTS_PER_TICK }) : await PDFDocument.create({ updateMetadata: false });
  const coverPdf = await PDFDocument.load(cover.bytes, { updateMetadata: false });
  const coverPages = await out.copyPages(coverPdf, coverPdf.getPageIndices());
  coverPages.forEach((page, i) => out.insertPage(i, page));
  let at = coverPages.length;
  for (const [i, p] of (body?.parts ?? []).entries()) {
    const source = issued.get(p);
    if (source) for (const page of await out.copyPages(source, source.getPageIndices())) out.insertPage(at++, page);
    else at += documents[i]?.pageCount ?? 0;
  }
  for (const m of merged) {
    for (const page of await out.copyPages(m.pdf, m.pdf.getPageIndices())) out.addPage(page);
  }
  new FontRetagger(out).retag(out.getPages());
  writeOutline(out, outlineOf(layout.sections));

  out.setTitle(`Hồ sơ ${input.dossier.code}: ${input.dossier.title}`, { showInWindowTitleBar: true });
  out.setAuthor(input.body.shortName);
  out.setSubject(input.dossier.title);
  out.setKeywords([input.dossier.code, `sha256:${contentSha256}`]);
  out.setCreator('Vinh Danh');
  out.setProducer('Vinh Danh (pdf-lib)');
  out.setCreationDate(meta.creationDate);
  out.setModificationDate(meta.creationDate);
  out.catalog.set(PDFName.of('Lang'), PDFString.of('vi-VN'));
  // The body was drawn uncompressed (drawBody): its pages are deflated here.
  deflateUnfilteredStreams(out);
  // Without object streams: pdf-lib compresses those with a JavaScript deflate, a third of
  // a second for a 1,500-page bundle, for a file about 15% smaller. No form either (pdf-lib
  // would add an empty AcroForm to update its appearances).
  const bytes = await out.save({ useObjectStreams: false, objectsPerTick: OBJECTS_PER_TICK, updateFieldAppearances: false });
  return { bytes, pageCount: out.getPageCount(), contentSha256, sections: layout.sections, failedAttachments: failed };
}
