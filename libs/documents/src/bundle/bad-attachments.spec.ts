import PDFKit from 'pdfkit';
import { PDFDocument } from 'pdf-lib';
import type { BundleAttachment } from '../model/inputs';
import { sampleBundle, sampleNominees } from '../samples';
import { META } from '../testing/fixtures';
import { flat, pdfInfo, pdfPages } from '../testing/pdf';
import { renderBundle } from './bundle';
import { NOT_MERGED } from './cover';

/** A one-page upload made with pdfkit, optionally encrypted the ways offices encrypt files. */
function upload(text: string, options: PDFKit.PDFDocumentOptions = {}): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const doc = new PDFKit({ size: 'A4', info: { CreationDate: new Date(Date.UTC(2020, 9, 15)) }, ...options });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.fontSize(16).text(text);
    doc.end();
  });
}

const ENCRYPTED = 'tệp PDF được mã hóa hoặc đặt mật khẩu';
const DAMAGED = 'tệp PDF bị hỏng, không đọc được';

describe('renderBundle with uploads that cannot be merged', () => {
  it('lists each one with its reason, merges the good ones, and never throws', async () => {
    const good = await upload('Bien ban xac nhan - trang duy nhat');
    const noPages = await (await PDFDocument.create()).save({ addDefaultPage: false });
    const bad: Array<[BundleAttachment, string]> = [
      [{ name: 'Mật khẩu AES-256.pdf', bytes: await upload('aes', { pdfVersion: '1.7ext3', userPassword: 'matkhau', ownerPassword: 'chu' }) }, ENCRYPTED],
      [{ name: 'Mật khẩu AES-128.pdf', bytes: await upload('aes', { pdfVersion: '1.6', userPassword: 'matkhau' }) }, ENCRYPTED],
      // Opens without a password but is still encrypted (printing allowed, copying not): it
      // cannot be copied into another file without breaking its protection, so it is listed.
      [{ name: 'Chỉ khóa quyền sửa.pdf', bytes: await upload('owner', { ownerPassword: 'chu', permissions: { printing: 'highResolution' } }) }, ENCRYPTED],
      [{ name: 'Tải lên dở dang.pdf', bytes: good.slice(0, 400) }, DAMAGED],
      [{ name: 'Chỉ có phần đầu.pdf', bytes: new Uint8Array(Buffer.from('%PDF-1.7\n%âãÏÓ\n')) }, DAMAGED],
      [{ name: 'Rác sau phần đầu.pdf', bytes: new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2048, 0x5a)])) }, DAMAGED],
      [{ name: 'Không có trang.pdf', bytes: noPages }, 'tệp PDF không có trang nào'],
      [{ name: 'Trang web lưu nhầm.pdf', bytes: new Uint8Array(Buffer.from('<!DOCTYPE html><html><body>Lỗi 404</body></html>')) }, 'không phải tệp PDF'],
      [{ name: 'Bảng tính.xlsx', bytes: new Uint8Array(Buffer.from('PK\u0003\u0004 not a pdf')) }, 'không phải tệp PDF'],
      [{ name: 'Tệp rỗng.pdf', bytes: new Uint8Array(0) }, 'tệp rỗng'],
    ];
    const attachments = [{ name: 'Biên bản xác nhận.pdf', bytes: good }, ...bad.map(([a]) => a)];
    const input = { ...sampleBundle(sampleNominees(4), attachments, 0), certificates: undefined, decision: undefined };

    const result = await renderBundle(input, META);
    expect(result.failedAttachments).toEqual(bad.map(([a, reason]) => ({ name: a.name, reason })));
    const merged = result.sections.filter((s) => s.kind === 'attachment');
    expect(merged.map((s) => [s.title, s.pageCount])).toEqual([['Biên bản xác nhận.pdf', 1]]);
    // The file is whole: poppler reads every page the result claims, the upload's last.
    expect(pdfInfo(result.bytes).Pages).toBe(String(result.pageCount));
    const pages = pdfPages(result.bytes);
    expect(pages.at(-1)).toContain('Bien ban xac nhan');
    // The cover's rows, with the "–" of their empty page columns (read beside the title) left out.
    const cover = flat(pages.slice(0, result.sections[0]!.firstPage - 1).join(' ')).replace(/ – –/g, '');
    for (const [a, reason] of bad) expect(cover).toContain(`${a.name} — ${NOT_MERGED}: ${reason}`);
  }, 60_000);
});
