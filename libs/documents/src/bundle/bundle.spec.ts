import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString } from 'pdf-lib';
import type { BundleAttachment } from '../model/inputs';
import { SAMPLE_DOSSIER, sampleAttachments, sampleBundle, sampleNominees } from '../samples';
import { META } from '../testing/fixtures';
import { decodeQr, flat, hasZbar, missing, pdfInfo, pdfPages } from '../testing/pdf';
import { checkAttachment } from './attachments';
import { bundleParts, renderBundle, type BundleResult } from './bundle';
import { NOT_MERGED } from './cover';
import { drawBody } from './parts';
import { bundleContentHash, qrPayload } from './qr';

/** Bookmark titles, depth-first, with their depth, read back through pdf-lib. */
async function outlineTitles(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  const titles: string[] = [];
  const walk = (ref: unknown, depth: number) => {
    let node = ref instanceof PDFRef ? pdf.context.lookup(ref, PDFDict) : undefined;
    while (node) {
      const t = node.get(PDFName.of('Title'));
      titles.push(`${'  '.repeat(depth)}${t instanceof PDFHexString || t instanceof PDFString ? t.decodeText() : '?'}`);
      walk(node.get(PDFName.of('First')), depth + 1);
      const next = node.get(PDFName.of('Next'));
      node = next instanceof PDFRef ? pdf.context.lookup(next, PDFDict) : undefined;
    }
  };
  const root = pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict);
  walk(root.get(PDFName.of('First')), 0);
  return titles;
}

describe('renderBundle (hồ sơ một tệp)', () => {
  let attachments: BundleAttachment[];
  let result: BundleResult;
  let pages: string[];
  const nominees = sampleNominees(12);

  beforeAll(async () => {
    attachments = await sampleAttachments();
    result = await renderBundle(sampleBundle(nominees, attachments), META);
    pages = pdfPages(result.bytes);
  });

  it('puts every document in order after the table of contents, with consistent page numbers', () => {
    expect(pdfInfo(result.bytes).Pages).toBe(String(result.pageCount));
    expect(pages).toHaveLength(result.pageCount);
    expect(result.sections.map((s) => s.kind)).toEqual([
      'submission',
      'nominee-list',
      'achievement-report',
      'achievement-report',
      'achievement-report',
      'minutes',
      'decision',
      'certificates',
      'attachment',
      'attachment',
    ]);
    const firstLine = { submission: 'TỜ TRÌNH', 'nominee-list': 'DANH SÁCH ĐỀ NGHỊ', 'achievement-report': 'BÁO CÁO THÀNH TÍCH', minutes: 'BIÊN BẢN', decision: 'QUYẾT ĐỊNH', certificates: 'BẰNG KHEN', attachment: 'XÁC NHẬN CỦA UBND' };
    let expectedPage = 2;
    for (const s of result.sections) {
      expect(s.firstPage).toBe(expectedPage);
      expectedPage += s.pageCount;
      if (s.kind !== 'attachment' || s.title.startsWith('Xác nhận')) expect(pages[s.firstPage - 1]).toContain(firstLine[s.kind]);
    }
    expect(expectedPage - 1).toBe(result.pageCount);
  });

  it('lists each section with its page in the table of contents, and the attachments it could not merge', () => {
    const toc = flat(pages[0]!);
    expect(missing(toc, ['HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG', `Mã hồ sơ: ${SAMPLE_DOSSIER.code}`, 'MỤC LỤC', `Tổng số trang: ${result.pageCount}`])).toEqual([]);
    for (const s of result.sections) expect(toc).toMatch(new RegExp(`${s.title.slice(0, 25).replace(/[()]/g, '.')}.*? ${s.firstPage} ${s.pageCount}`));
    expect(result.failedAttachments.map((f) => f.name)).toEqual(['Bảng chấm điểm có mật khẩu.pdf', 'Biên bản kiểm tra bị lỗi.pdf', 'Ảnh hiện trường.jpg']);
    expect(result.failedAttachments.map((f) => f.reason)).toEqual(['tệp PDF được mã hóa hoặc đặt mật khẩu', 'tệp PDF bị hỏng, không đọc được', 'không phải tệp PDF']);
    for (const f of result.failedAttachments) expect(toc).toContain(`${f.name} — ${NOT_MERGED}`);
  });

  it('has bookmarks for every section, reports and attachments grouped', async () => {
    const titles = await outlineTitles(result.bytes);
    expect(titles[0]).toBe('Mục lục');
    expect(titles).toContain('Báo cáo thành tích (3)');
    expect(titles).toContain('Tài liệu kèm theo (2)');
    expect(titles).toContain('  Xác nhận thoát nghèo - xã Đồng Kỳ.pdf');
    expect(titles.filter((t) => !t.startsWith(' '))).toHaveLength(1 + 6 + 1);
  });

  it('hashes the merged content, and the cover’s QR code carries that hash', async () => {
    // Recomputed from its inputs: the body drawn again from the same data, clock and id, then
    // the attachments that merge.
    const body = await drawBody(sampleBundle(nominees, attachments), META);
    const merged = [];
    for (const a of attachments) {
      const c = await checkAttachment(a);
      if (c.ok) merged.push(c);
    }
    const hash = bundleContentHash(bundleParts(body, merged));
    expect(bundleParts(body, merged).map((p) => p.name)).toEqual(['documents', 'attachment:Xác nhận thoát nghèo - xã Đồng Kỳ.pdf', 'attachment:Ảnh mô hình gà đồi.pdf']);
    expect(result.contentSha256).toBe(hash);
    expect(pdfInfo(result.bytes).Keywords).toContain(hash);
    expect(flat(pages[0]!).replace(/\s/g, '')).toContain(hash);
    if (hasZbar()) expect(decodeQr(result.bytes, 1)).toEqual([qrPayload(SAMPLE_DOSSIER.code, hash)]);
  });

  it('is reproducible byte for byte', async () => {
    const again = await renderBundle(sampleBundle(nominees, attachments), META);
    expect(Buffer.compare(Buffer.from(again.bytes), Buffer.from(result.bytes))).toBe(0);
  });

  it('deflates every stream, the body drawn uncompressed included', async () => {
    const pdf = await PDFDocument.load(result.bytes);
    const streams = pdf.context.enumerateIndirectObjects().filter(([, o]) => o instanceof PDFRawStream);
    expect(streams.length).toBeGreaterThan(result.pageCount);
    const unfiltered = streams.filter(([, s]) => !(s as PDFRawStream).dict.has(PDFName.of('Filter')));
    expect(unfiltered.map(([ref]) => ref.toString())).toEqual([]);
    // The body's deflated pages still read back (pdftotext inflates them).
    expect(flat(pages[result.sections[0]!.firstPage - 1]!)).toContain('TỜ TRÌNH');
  });

  it('still renders when no attachment can be merged, or there are none', async () => {
    const bad = attachments.filter((a) => !a.name.startsWith('Xác nhận') && !a.name.startsWith('Ảnh mô hình'));
    const input = { ...sampleBundle(nominees.slice(0, 3), bad, 1), certificates: undefined, nomineeList: undefined };
    const r = await renderBundle(input, META);
    expect(r.failedAttachments).toHaveLength(3);
    expect(r.sections.some((s) => s.kind === 'attachment')).toBe(false);
    const none = await renderBundle({ dossier: SAMPLE_DOSSIER, body: input.body }, META);
    expect(none.pageCount).toBe(1);
    expect(flat(pdfPages(none.bytes)[0]!)).toContain('Không có tài liệu nào.');
  });
});
