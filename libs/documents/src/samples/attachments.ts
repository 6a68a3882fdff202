import PDFDocument from 'pdfkit';
import { defaultFonts } from '../fonts/fonts';
import type { BundleAttachment } from '../model/inputs';

/** A small PDF standing in for an upload (a scanned confirmation, say), made with pdfkit. */
async function simplePdf(title: string, lines: string[], pages: number, userPassword?: string): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    info: { CreationDate: new Date(Date.UTC(2020, 9, 15)), Title: title },
    ...(userPassword ? { userPassword, ownerPassword: `${userPassword}-owner` } : {}),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('serif', defaultFonts().files.regular);
  for (let p = 0; p < pages; p++) {
    if (p > 0) doc.addPage();
    doc.font('serif').fontSize(16).text(title, { align: 'center' }).moveDown();
    doc.fontSize(12);
    for (const l of lines) doc.text(l);
    doc.text(`Trang ${p + 1}/${pages}`, { align: 'right' });
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Uploads as a clerk sends them: two good PDFs and one of each kind that cannot be merged
 * (encrypted, truncated, not a PDF at all). Note: pdfkit's encryption uses random salts, so the
 * encrypted file differs between calls; it is never merged, so the bundle's bytes do not.
 */
export async function sampleAttachments(): Promise<BundleAttachment[]> {
  const good = await simplePdf('XÁC NHẬN CỦA UBND XÃ ĐỒNG KỲ', ['Xác nhận hộ ông Dương Minh Thắng, thôn Mỏ Trạng, thoát nghèo năm 2019.', 'Người xác nhận: Thân Văn Quyết'], 2);
  const photos = await simplePdf('ẢNH MÔ HÌNH GÀ ĐỒI YÊN THẾ', ['Mô hình chăn nuôi gà đồi của các hộ thoát nghèo xã Đồng Kỳ.'], 1);
  const locked = await simplePdf('BẢNG CHẤM ĐIỂM (CÓ MẬT KHẨU)', ['Tệp này được đặt mật khẩu.'], 1, 'matkhau');
  return [
    { name: 'Xác nhận thoát nghèo - xã Đồng Kỳ.pdf', bytes: good },
    { name: 'Bảng chấm điểm có mật khẩu.pdf', bytes: locked },
    { name: 'Biên bản kiểm tra bị lỗi.pdf', bytes: good.slice(0, Math.floor(good.length / 3)) },
    { name: 'Ảnh hiện trường.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]) },
    { name: 'Ảnh mô hình gà đồi.pdf', bytes: photos },
  ];
}
