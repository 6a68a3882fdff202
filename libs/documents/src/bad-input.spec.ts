import { renderBundle } from './bundle/bundle';
import { renderAchievementReport } from './kinds/achievement-report';
import { renderCertificates } from './kinds/certificates';
import { renderDecision } from './kinds/decision';
import { renderMinutes } from './kinds/minutes';
import { EMPTY_LIST_TEXT } from './kinds/nominee-list';
import type { Nominee } from './model/nominee';
import { sampleBundle, sampleCertificates, sampleDecision, sampleMinutes, sampleNominees, sampleReport } from './samples';
import { META, NAME_500 } from './testing/fixtures';
import { flat, pdfInfo, pdfPages } from './testing/pdf';

/** The text of a PDF in reading order (not -layout), with all white space removed. */
const squeezed = (bytes: Uint8Array) => pdfPages(bytes, false).join('').replace(/\s+/g, '');
const whole = NAME_500.replace(/\s+/g, '');

/**
 * Bad input at the library's edge (issue 4): a 500-character name in every place a name is
 * printed, and an empty dossier. Each document must still render, whole, and read back.
 */
describe('documents with bad input', () => {
  const nominees = sampleNominees(12);
  const individual = nominees.find((n) => n.kind === 'individual')!;
  const long: Nominee = { ...individual, name: NAME_500 };

  it('prints a 500-character name in full in the report, its reporter signature included', async () => {
    const report = sampleReport(long);
    expect(report.reporter.name).toBe(NAME_500);
    const { bytes, pageCount } = await renderAchievementReport(report, META);
    expect(pdfInfo(bytes).Pages).toBe(String(pageCount));
    // Once in "Họ tên:", once under the reporter's signature: wrapped, never cut off the page.
    expect(squeezed(bytes).split(whole)).toHaveLength(3);
  });

  it('prints it in the council minutes’ vote table and in the decision’s annex', async () => {
    const list = [long, ...nominees.filter((n) => n !== individual)];
    const minutes = await renderMinutes(sampleMinutes(list), META);
    expect(squeezed(minutes.bytes)).toContain(whole);
    const decision = await renderDecision(sampleDecision(list), META);
    // The annex cell beside the name (position, one line) is read between its first two lines.
    const beside = (long.positionOrAddress ?? '').replace(/\s+/g, '');
    expect(squeezed(decision.bytes).replace(beside, '')).toContain(whole);
  });

  it('prints it on a certificate, and on the bundle’s contents and bookmarks', async () => {
    const certificates = await renderCertificates({ ...sampleCertificates([long]), total: undefined }, META);
    expect(squeezed(certificates.bytes)).toContain(whole);
    const input = { ...sampleBundle([long, ...nominees.slice(0, 3)], [], 1), certificates: undefined };
    const bundle = await renderBundle(input, META);
    const report = bundle.sections.find((s) => s.kind === 'achievement-report')!;
    expect(report.title).toBe(`Báo cáo thành tích: ${NAME_500}`);
    expect(squeezed(bundle.bytes).split(whole).length).toBeGreaterThanOrEqual(4);
  });

  it('bundles a dossier with nobody proposed: the letter and the list say so', async () => {
    const input = { ...sampleBundle([], [], 0), decision: undefined, certificates: undefined };
    const result = await renderBundle(input, META);
    expect(result.sections.map((s) => s.kind)).toEqual(['submission', 'nominee-list', 'minutes']);
    const text = flat(pdfPages(result.bytes).join(' '));
    expect(text).toContain(EMPTY_LIST_TEXT);
    expect(text).toContain('Không có tập thể, cá nhân nào đủ tiêu chuẩn');
    expect(pdfInfo(result.bytes).Pages).toBe(String(result.pageCount));
  });

  it('refuses to bundle a decision or certificates for nobody, with the stable code and no bytes', async () => {
    const input = sampleBundle([], [], 0);
    await expect(renderBundle({ ...input, certificates: undefined }, META)).rejects.toMatchObject({ code: 'NO_AWARDEES' });
    await expect(renderBundle({ ...input, decision: undefined }, META)).rejects.toMatchObject({ code: 'NO_RECIPIENTS' });
  });
});
