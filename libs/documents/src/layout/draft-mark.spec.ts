import { renderDecision } from '../kinds/decision';
import { renderCertificates } from '../kinds/certificates';
import { awardedNominees, sampleCertificates, sampleDecision, sampleNominees } from '../samples';
import { META } from '../testing/fixtures';
import { pdfInfo, pdfPages, pdfWords, textIn } from '../testing/pdf';
import { markDraft } from './draft-mark';
import { MM } from './document';

describe('markDraft', () => {
  it('puts "DỰ THẢO" at the top right of every page and leaves the content as it was', async () => {
    const decision = await renderDecision(sampleDecision(awardedNominees(sampleNominees(40))), META);
    const marked = await markDraft(decision.bytes, META);
    const pages = pdfWords(marked);
    expect(pages).toHaveLength(decision.pageCount);
    for (const page of pages) expect(textIn(page, page.width * 0.6, page.width, 0, 16 * MM)).toBe('DỰ THẢO');
    // Nothing else moved: the text without the mark is the original text.
    const original = pdfPages(decision.bytes).map((p) => p.replace(/\s+/g, ' ').trim());
    const stripped = pdfPages(marked).map((p) => p.replace('DỰ THẢO', '').replace(/\s+/g, ' ').trim());
    expect(stripped).toEqual(original);
    expect(pdfInfo(marked)['Title']).toBe(pdfInfo(decision.bytes)['Title']);
    expect(Buffer.compare(Buffer.from(await markDraft(decision.bytes, META)), Buffer.from(marked))).toBe(0);
  });

  it('marks landscape certificates the same way', async () => {
    const certificates = await renderCertificates(sampleCertificates(awardedNominees(sampleNominees(3))), META);
    const pages = pdfWords(await markDraft(certificates.bytes, META));
    expect(pages).toHaveLength(3);
    for (const page of pages) {
      expect(page.width).toBeGreaterThan(page.height);
      expect(textIn(page, page.width * 0.6, page.width, 0, 16 * MM)).toBe('DỰ THẢO');
    }
  });
});
