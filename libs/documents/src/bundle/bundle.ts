import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import type { RenderOptions } from '../fonts/fonts';
import type { RenderMeta, RenderedPdf } from '../model/common';
import type { BundleInput } from '../model/inputs';
import { checkAttachment, type AttachmentCheck } from './attachments';
import { renderCover, type TocEntry } from './cover';
import { writeOutline, type OutlineItem } from './outline';
import { GROUP_TITLE, renderParts, type SectionKind } from './parts';
import { bundleContentHash } from './qr';
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

/** A section with its pages, whatever produced it (a rendered part or an uploaded file). */
interface Piece {
  kind: SectionKind;
  title: string;
  pageCount: number;
  load: () => Promise<PDFDocument>;
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
 * One PDF for the whole dossier: a cover with the table of contents and a QR code, every
 * document in order, then the uploaded attachments that can be merged. Attachments that are
 * not PDF, encrypted or damaged never fail the bundle: they are listed as "không ghép được".
 */
export async function renderBundle(input: BundleInput, meta: RenderMeta, options: RenderOptions = {}): Promise<BundleResult> {
  const parts = await renderParts(input, meta, options);
  const merged: Merged[] = [];
  const failed: { name: string; reason: string }[] = [];
  // One at a time: an attachment can be large, and two cores are shared.
  for (const a of input.attachments ?? []) {
    const check = await checkAttachment(a);
    if (check.ok) merged.push(check);
    else failed.push({ name: check.name, reason: check.reason });
  }

  const contentSha256 = bundleContentHash([
    ...parts.map((p) => ({ name: `${p.kind}:${p.title}`, bytes: p.bytes })),
    ...merged.map((m) => ({ name: `attachment:${m.name}`, bytes: m.bytes })),
  ]);
  const pieces: Piece[] = [
    ...parts.map((p) => ({ kind: p.kind, title: p.title, pageCount: p.pageCount, load: () => PDFDocument.load(p.bytes, { updateMetadata: false }) })),
    ...merged.map((m) => ({ kind: 'attachment' as const, title: m.name, pageCount: m.pageCount, load: () => Promise.resolve(m.pdf) })),
  ];
  const body = pieces.reduce((n, p) => n + p.pageCount, 0);
  const coverMeta = { ...meta, documentId: `${meta.documentId}/cover` };

  // The cover's length shifts every page number after it: lay it out, and again if it grew.
  let layout = toc(pieces, failed, 1);
  let cover = await renderCover({ input, entries: layout.entries, sha256: contentSha256, totalPages: 1 + body }, coverMeta, options);
  if (cover.pageCount !== 1) {
    layout = toc(pieces, failed, cover.pageCount);
    cover = await renderCover({ input, entries: layout.entries, sha256: contentSha256, totalPages: cover.pageCount + body }, coverMeta, options);
  }

  const out = await PDFDocument.create({ updateMetadata: false });
  const all: Array<() => Promise<PDFDocument>> = [() => PDFDocument.load(cover.bytes, { updateMetadata: false }), ...pieces.map((p) => p.load)];
  const retagger = new FontRetagger(out);
  for (const load of all) {
    const src = await load();
    const copied = await out.copyPages(src, src.getPageIndices());
    for (const page of copied) out.addPage(page);
    retagger.retag(copied);
  }
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
  const bytes = await out.save();
  return { bytes, pageCount: out.getPageCount(), contentSha256, sections: layout.sections, failedAttachments: failed };
}
