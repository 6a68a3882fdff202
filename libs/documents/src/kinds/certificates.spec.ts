import { PassThrough } from 'node:stream';
import type { CertificateRecipient } from '../model/inputs';
import { sampleCertificates, sampleNominees } from '../samples';
import { META, NAME_500 } from '../testing/fixtures';
import { flat, pdfInfo, pdfPages } from '../testing/pdf';
import { renderCertificates, writeCertificates } from './certificates';

describe('renderCertificates (Bằng khen / Giấy khen)', () => {
  const nominees = sampleNominees(12);

  it('prints one landscape page per recipient with the name, the decision and the signer', async () => {
    const input = sampleCertificates(nominees);
    const { bytes, pageCount } = await renderCertificates(input, META);
    expect(pageCount).toBe(12);
    const info = pdfInfo(bytes);
    expect(info.Pages).toBe('12');
    expect(info['Page size']).toMatch(/^841\.89 x 595\.28/);
    const pages = pdfPages(bytes);
    pages.forEach((p, i) => {
      const t = flat(p);
      expect(t).toContain('BẰNG KHEN');
      expect(t).toContain(nominees[i]!.name);
      expect(t).toContain('Quyết định số: 2451/QĐ-UBND ngày 18/12/2020');
      expect(t).toContain(`Số sổ vàng: ${i + 1}/2020`);
      expect(t).toContain('Lê Ánh Dương');
    });
  });

  it('fits a 500-character name on the page in full', async () => {
    const input = { ...sampleCertificates(nominees.slice(0, 1)), recipients: [{ name: NAME_500, line: 'xã Đồng Kỳ, huyện Yên Thế' }] };
    const { bytes } = await renderCertificates(input, META);
    const t = flat(pdfPages(bytes)[0]!);
    expect(t.replace(/\s/g, '')).toContain(NAME_500.replace(/\s/g, ''));
    expect(t).toContain('Đã có thành tích xuất sắc');
  });

  it('streams from an async source into a writable with back-pressure, reporting progress', async () => {
    const n = 300;
    async function* cursor(): AsyncGenerator<CertificateRecipient> {
      for (let i = 1; i <= n; i++) yield { name: `Nguyễn Văn Hùng ${i}`, line: 'Trưởng thôn Mỏ Trạng, xã Đồng Kỳ' };
    }
    const input = { ...sampleCertificates([]), recipients: cursor(), total: n };
    // A small buffer forces the renderer to wait for 'drain' again and again.
    const out = new PassThrough({ highWaterMark: 1024 });
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const progress: number[] = [];
    const pages = await writeCertificates(input, META, out, { onProgress: (done, total) => progress.push(done * 1000 + (total ?? 0)) });
    expect(pages).toBe(n);
    expect(progress).toHaveLength(n);
    expect(progress.at(-1)).toBe(n * 1000 + n);
    const streamed = new Uint8Array(Buffer.concat(chunks));
    expect(pdfInfo(streamed).Pages).toBe(String(n));
    // Streaming and rendering in memory give the same bytes.
    const list = Array.from({ length: n }, (_, i) => ({ name: `Nguyễn Văn Hùng ${i + 1}`, line: 'Trưởng thôn Mỏ Trạng, xã Đồng Kỳ' }));
    const { bytes } = await renderCertificates({ ...input, recipients: list }, META);
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(streamed))).toBe(0);
  });

  it('reports progress against the length of a plain list when no total is given', async () => {
    const input = { ...sampleCertificates(nominees.slice(0, 5)), total: undefined };
    const seen: string[] = [];
    await renderCertificates(input, META, { onProgress: (done, total) => seen.push(`${done}/${total}`) });
    expect(seen).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
  });

  it('refuses to print for nobody before writing a byte', async () => {
    const out = new PassThrough();
    const written: Buffer[] = [];
    out.on('data', (c: Buffer) => written.push(c));
    await expect(writeCertificates(sampleCertificates([]), META, out)).rejects.toMatchObject({ code: 'NO_RECIPIENTS' });
    expect(written).toHaveLength(0);
  });

  it('prints a Giấy khen', async () => {
    const { bytes } = await renderCertificates({ ...sampleCertificates(nominees.slice(0, 1)), awardKind: 'giay-khen' }, META);
    expect(flat(pdfPages(bytes)[0]!)).toContain('GIẤY KHEN');
  });
});
