import { dejavuFonts } from '../fonts/fonts';
import { sampleNominees, sampleSubmission } from '../samples';
import { META, nfd } from '../testing/fixtures';
import { flat, missing, pdfFonts, pdfInfo, pdfPages } from '../testing/pdf';
import { renderSubmission } from './submission';

describe('renderSubmission (tờ trình)', () => {
  const nominees = sampleNominees(20);
  const input = sampleSubmission(nominees);

  it('prints the Decree 30 head, title, counts, recipients and signature in Vietnamese', async () => {
    const { bytes, pageCount } = await renderSubmission(input, META);
    const pages = pdfPages(bytes);
    expect(pages).toHaveLength(pageCount);
    const all = flat(pages.join('\n'));
    const phrases = [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN YÊN THẾ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 128/TTr-UBND',
      'Yên Thế, ngày 09 tháng 11 năm 2020',
      'TỜ TRÌNH',
      'Kính gửi: Chủ tịch UBND tỉnh Bắc Giang.',
      'Bắc Giang chung tay vì người nghèo - Không để ai bị bỏ lại phía sau',
      'Kính trình Chủ tịch UBND tỉnh Bắc Giang xem xét, quyết định./.',
      'Nơi nhận:',
      '- Lưu: VT, NV.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Ngọc Sơn',
    ];
    expect(missing(all, phrases)).toEqual([]);
    const counts = (k: string) => nominees.filter((n) => n.kind === k).length;
    const two = (n: number) => String(n).padStart(2, '0');
    expect(all).toContain(`${two(counts('individual'))} cá nhân`);
    expect(all).toContain(`${two(counts('household'))} hộ gia đình`);
    expect(all).toContain(`(tổng số ${nominees.length})`);
    // Extracted text is NFC: what a search for "Yên Thế" typed on any keyboard will match.
    expect(all).toBe(all.normalize('NFC'));
  });

  it('numbers pages from the second one, at the top', async () => {
    const long = { ...input, bases: [...input.bases, ...input.bases, ...input.bases] };
    const { bytes, pageCount } = await renderSubmission(long, META);
    expect(pageCount).toBeGreaterThanOrEqual(2);
    const pages = pdfPages(bytes);
    expect(pages[0]!.trimStart().startsWith('1')).toBe(false);
    pages.slice(1).forEach((p, i) => expect(p.trimStart().split('\n')[0]!.trim()).toBe(String(i + 2)));
  });

  it('is byte-for-byte reproducible for the same data, clock and id', async () => {
    const a = await renderSubmission(input, META);
    const b = await renderSubmission(input, META);
    expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes))).toBe(0);
    const c = await renderSubmission(input, { ...META, documentId: 'spec-0002' });
    expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(c.bytes))).not.toBe(0);
    expect(pdfInfo(a.bytes).CreationDate).toContain('2020');
  });

  it('normalises decomposed (NFD) input to the precomposed glyphs', async () => {
    const decomposed = { ...input, signer: { ...input.signer, name: nfd('Đặng Khánh Hòa') } };
    const { bytes } = await renderSubmission(decomposed, META);
    expect(flat(pdfPages(bytes).join(' '))).toContain('Đặng Khánh Hòa');
  });

  it('embeds Tinos (Times New Roman metrics), and renders with the DejaVu fallback too', async () => {
    const tinos = await renderSubmission(input, META);
    expect(pdfFonts(tinos.bytes)).toMatch(/Tinos-Bold/);
    const dejavu = await renderSubmission(input, META, { fonts: dejavuFonts() });
    expect(pdfFonts(dejavu.bytes)).toMatch(/DejaVuSerif/);
    expect(flat(pdfPages(dejavu.bytes).join(' '))).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('says so when no one is proposed', async () => {
    const { bytes } = await renderSubmission({ ...input, nominees: [] }, META);
    expect(flat(pdfPages(bytes).join(' '))).toContain('Không có tập thể, cá nhân nào đủ tiêu chuẩn');
  });
});
