import { renderDecision } from '../kinds/decision';
import { markDraft } from '../layout/draft-mark';
import { sampleBundle, sampleNominees } from '../samples';
import { META } from '../testing/fixtures';
import { flat, pdfPages } from '../testing/pdf';
import { renderBundle } from './bundle';

describe('renderBundle with issued parts', () => {
  it('merges an issued paper as stored instead of drawing it again, and still names it in the contents', async () => {
    const nominees = sampleNominees(6);
    const input = sampleBundle(nominees, [], 1);
    const decisionInput = input.decision;
    if (!decisionInput) throw new Error('the sample bundle has a decision');
    // The "issued" decision differs from a fresh render by its mark, so we can tell which one was merged.
    const issued = await markDraft((await renderDecision(decisionInput, META)).bytes, META, {}, 'BẢN ĐÃ BAN HÀNH');
    const fresh = await renderBundle(input, META);
    const withIssued = await renderBundle({ ...input, issued: { decision: issued } }, META);

    const section = (result: typeof fresh) => result.sections.find((s) => s.kind === 'decision');
    expect(section(withIssued)).toEqual(section(fresh));
    const pages = pdfPages(withIssued.bytes);
    const { firstPage = 0, pageCount = 0 } = section(withIssued) ?? {};
    const decisionPages = pages.slice(firstPage - 1, firstPage - 1 + pageCount).map(flat);
    expect(decisionPages.every((page) => page.includes('BẢN ĐÃ BAN HÀNH'))).toBe(true);
    expect(pages.filter((page) => page.includes('BẢN ĐÃ BAN HÀNH'))).toHaveLength(pageCount);
    expect(flat(pages[0] ?? '')).toContain('Quyết định số');
    expect(withIssued.contentSha256).not.toBe(fresh.contentSha256);
  });
});
