import { renderAchievementReport } from '../kinds/achievement-report';
import { renderCertificates } from '../kinds/certificates';
import { renderSubmission } from '../kinds/submission';
import { sampleCertificates, sampleNominees, sampleReport, sampleSubmission } from '../samples';
import { META } from '../testing/fixtures';
import { flat, missing, pdfPages } from '../testing/pdf';
import { dejavuFonts, defaultFonts, documentFonts, sharedMetrics } from './fonts';

describe('fonts', () => {
  it('loads Tinos, the Times New Roman metric clone, from node_modules', () => {
    const set = defaultFonts();
    expect(set.family).toBe('Tinos');
    const fonts = documentFonts(set);
    expect(fonts.regular.postscriptName).toBe('Tinos-Regular');
    // Every Vietnamese letter, upper and lower case, has a glyph.
    const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
    for (const ch of letters + letters.toUpperCase()) expect(fonts.bold.hasGlyphForCodePoint(ch.codePointAt(0)!)).toBe(true);
  });

  it('keeps each document’s text extractable when renders share the parsed fonts, even interleaved', async () => {
    const nominees = sampleNominees(30);
    // Certificates yield to the event loop while streaming; the others run in between.
    const [cert, report, submission] = await Promise.all([
      renderCertificates(sampleCertificates(nominees), META),
      renderAchievementReport(sampleReport(nominees[0]!), META),
      renderSubmission(sampleSubmission(nominees), META),
    ]);
    const again = await renderAchievementReport(sampleReport(nominees[0]!), META);
    expect(flat(pdfPages(cert.bytes)[0]!)).toContain('BẰNG KHEN');
    for (const r of [report, again]) expect(missing(flat(pdfPages(r.bytes).join(' ')), ['BÁO CÁO THÀNH TÍCH', 'ĐỀ NGHỊ TẶNG BẰNG KHEN', 'I. SƠ LƯỢC'])).toEqual([]);
    expect(flat(pdfPages(submission.bytes).join(' '))).toContain('TỜ TRÌNH');
    expect(Buffer.compare(Buffer.from(report.bytes), Buffer.from(again.bytes))).toBe(0);
  });

  it('shares shaped words across documents, and starts the caches over once they hold too many', () => {
    const set = dejavuFonts();
    const first = sharedMetrics(set);
    expect(sharedMetrics(set)).toBe(first);
    // Arbitrary input (names, numbers) must not grow the shared caches for ever.
    for (let i = 0; i < 100_001; i++) first.widths.regular.set(`từ ${i}`, 1);
    let current = first;
    for (let i = 0; i < 64 && current === first; i++) current = sharedMetrics(set);
    expect(current).not.toBe(first);
    expect(current.widths.regular.size).toBe(0);
  });
});
