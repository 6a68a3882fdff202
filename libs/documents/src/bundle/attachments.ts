import { PDFDocument } from 'pdf-lib';
import type { BundleAttachment } from '../model/inputs';

export type AttachmentCheck =
  | { ok: true; name: string; bytes: Uint8Array; pdf: PDFDocument; pageCount: number }
  | { ok: false; name: string; reason: string };

/** Where a PDF header may start: the spec allows junk before it, readers accept 1 KiB. */
const HEADER_WINDOW = 1024;

function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, HEADER_WINDOW)).toString('latin1');
  return head.includes('%PDF-');
}

/**
 * Opens an uploaded file for merging, or says in the clerk's words why it cannot be merged.
 * pdf-lib is lenient and may "load" a damaged file that only fails when written, so each one
 * is also copied into a scratch document and saved: a file that passes cannot break the bundle.
 */
export async function checkAttachment(a: BundleAttachment): Promise<AttachmentCheck> {
  const fail = (reason: string): AttachmentCheck => ({ ok: false, name: a.name, reason });
  if (a.bytes.length === 0) return fail('tệp rỗng');
  if (!looksLikePdf(a.bytes)) return fail('không phải tệp PDF');
  let pdf: PDFDocument;
  try {
    // Encryption is read from the trailer rather than caught: pdf-lib's EncryptedPDFError is an
    // ES5 subclass that instanceof does not recognise. Invalid objects throw instead of being
    // skipped with a console warning, so a damaged upload is reported, not half merged.
    pdf = await PDFDocument.load(a.bytes, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: true });
  } catch {
    return fail('tệp PDF bị hỏng, không đọc được');
  }
  if (pdf.isEncrypted) return fail('tệp PDF được mã hóa hoặc đặt mật khẩu');
  let pageCount: number;
  try {
    // A file can parse and still have no page tree (a catalog without /Pages): damaged too.
    pageCount = pdf.getPageCount();
  } catch {
    return fail('tệp PDF bị hỏng, không đọc được');
  }
  if (pageCount === 0) return fail('tệp PDF không có trang nào');
  try {
    const probe = await PDFDocument.create({ updateMetadata: false });
    for (const page of await probe.copyPages(pdf, pdf.getPageIndices())) probe.addPage(page);
    await probe.save();
  } catch {
    return fail('tệp PDF bị hỏng, không đọc được');
  }
  return { ok: true, name: a.name, bytes: a.bytes, pdf, pageCount };
}
