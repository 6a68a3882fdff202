import { renderAchievementReport } from '../kinds/achievement-report';
import { renderCertificates } from '../kinds/certificates';
import { renderDecision } from '../kinds/decision';
import { renderMinutes } from '../kinds/minutes';
import { renderNomineeList } from '../kinds/nominee-list';
import { renderSubmission } from '../kinds/submission';
import type { RenderedPdf } from '../model/common';
import type { BundleInput } from '../model/inputs';
import { awardedNominees, sampleBundle, sampleCertificates, sampleNominees } from '../samples';
import { META } from '../testing/fixtures';
import { pdfPages, pdfPageSizes } from '../testing/pdf';
import { renderBundle, type BundleResult } from './bundle';

/**
 * The bundle draws every document into one PDF (fonts embedded once) instead of merging
 * separate files. These checks hold it to the standalone renders: same pages, same text,
 * same page numbers, same orientation — for a 500-nominee dossier.
 */
describe('renderBundle: the documents inside the bundle', () => {
  const nominees = sampleNominees(500);
  const awarded = awardedNominees(nominees);
  // Every kind, at the dossier's full size except reports (two) and certificates (25), which
  // repeat one layout per nominee and would only slow the spec down.
  const input: BundleInput = { ...sampleBundle(nominees, [], 2), certificates: sampleCertificates(awarded.slice(0, 25)) };
  let result: BundleResult;
  let pages: string[];

  beforeAll(async () => {
    result = await renderBundle(input, META);
    pages = pdfPages(result.bytes);
  }, 120_000);

  it('draws each document page for page as its own render, in its own orientation', async () => {
    const own: RenderedPdf[] = [
      await renderSubmission(input.submission!, META),
      await renderNomineeList(input.nomineeList!, META),
      ...(await Promise.all(input.achievementReports!.map((r) => renderAchievementReport(r, META)))),
      await renderMinutes(input.minutes!, META),
      await renderDecision(input.decision!, META),
      await renderCertificates(sampleCertificates(awarded.slice(0, 25)), META),
    ];
    expect(result.sections.map((s) => s.kind)).toEqual(['submission', 'nominee-list', 'achievement-report', 'achievement-report', 'minutes', 'decision', 'certificates']);
    const sizes = pdfPageSizes(result.bytes);
    expect(sizes).toHaveLength(result.pageCount);
    result.sections.forEach((section, i) => {
      const alone = own[i]!;
      expect(`${section.kind}: ${section.pageCount} pages`).toBe(`${section.kind}: ${alone.pageCount} pages`);
      const inBundle = pages.slice(section.firstPage - 1, section.firstPage - 1 + section.pageCount);
      expect(inBundle).toEqual(pdfPages(alone.bytes));
      const landscape = section.kind === 'nominee-list' || section.kind === 'certificates';
      for (const size of sizes.slice(section.firstPage - 1, section.firstPage - 1 + section.pageCount)) expect(size.width > size.height).toBe(landscape);
    });
  }, 120_000);

  it('numbers each document’s pages from its own second page', () => {
    const decision = result.sections.find((s) => s.kind === 'decision')!;
    const first = (p: string) => p.trimStart().split('\n')[0]!.trim();
    expect(first(pages[decision.firstPage - 1]!)).not.toBe('1');
    for (let i = 1; i < decision.pageCount; i++) expect(first(pages[decision.firstPage - 1 + i]!)).toBe(String(i + 1));
  });

  it('lists every one of the 500 nominees exactly once across the list’s page breaks', () => {
    const list = result.sections.find((s) => s.kind === 'nominee-list')!;
    const text = pages.slice(list.firstPage - 1, list.firstPage - 1 + list.pageCount);
    // A row opens with its number in the STT column, the leftmost on the page.
    const numbers = text.flatMap((p) => [...p.matchAll(/^\s{0,10}(\d+)\s{2,}\S/gm)].map((m) => Number(m[1])));
    expect(numbers).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
    expect(list.pageCount).toBeGreaterThan(30);
  });
});
