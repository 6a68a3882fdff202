import { samples, type RenderMeta } from '@vinh-danh/documents';
import type { AppConfig } from '../../../config/app-config';
import { pdfText } from '../../../testing/pdf-tools';
import { DocumentDataInvalidError, DocumentNotAvailableError } from '../documents.errors';
import { DocumentRenderer } from './document-renderer';

const META: RenderMeta = { creationDate: new Date('2020-12-18T08:00:00Z'), documentId: 'pooled-render-spec' };

function renderer(renderThreads: number): DocumentRenderer {
  return new DocumentRenderer({ documents: { dir: '/nowhere', issueAfterSteps: true, warmUp: false, renderThreads } } as AppConfig);
}

/** Largest pause of a 10 ms interval while `work` runs: how long the event loop was held. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  try {
    await work();
    longest = Math.max(longest, performance.now() - last);
  } finally {
    clearInterval(ticker);
  }
  return longest;
}

/** What the API's error filter reads from an error, and its class. */
async function rejection(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  const error = await promise.then(
    () => new Error('expected the render to fail'),
    (failure: unknown) => failure as Error,
  );
  const { code, status, details } = error as Error & { code?: string; status?: number; details?: unknown };
  return { class: error.constructor.name, code, status, message: error.message, details };
}

describe('DocumentRenderer drawing in a worker thread (DOCUMENTS_RENDER_THREADS)', () => {
  const pooled = renderer(1);
  const mainThread = renderer(0);
  afterAll(() => pooled.onApplicationShutdown());

  it('draws the same submission and bundle as the main thread', async () => {
    const nominees = samples.sampleNominees(40);
    const submission = samples.sampleSubmission(nominees);
    const [inWorker, onMain] = await Promise.all([pooled.render('submission', submission, META), mainThread.render('submission', submission, META)]);
    expect(inWorker.pageCount).toBe(onMain.pageCount);
    expect(Buffer.from(inWorker.bytes).equals(Buffer.from(onMain.bytes))).toBe(true);
    expect(pdfText(inWorker.bytes)).toContain('(tổng số 40)');

    // Recipients as a generator, as a database cursor would give them: materialised before crossing.
    const bundle = samples.sampleBundle(nominees, await samples.sampleAttachments(), 2);
    const certificates = bundle.certificates!;
    const streamed = { ...bundle, certificates: { ...certificates, recipients: (function* () { yield* certificates.recipients as Iterable<never>; })() } };
    const bundleInWorker = await pooled.render('bundle', streamed, META);
    const bundleOnMain = await mainThread.render('bundle', bundle, META);
    expect(bundleInWorker.pageCount).toBe(bundleOnMain.pageCount);
    expect(pdfText(bundleInWorker.bytes)).toBe(pdfText(bundleOnMain.bytes));

    const drafts = await Promise.all([pooled.markDraft(inWorker.bytes, META), mainThread.markDraft(onMain.bytes, META)]);
    expect(Buffer.from(drafts[0]).equals(Buffer.from(drafts[1]))).toBe(true);
    expect(pdfText(drafts[0])).toContain('DỰ THẢO');
  });

  it('keeps the event loop turning while a 300-nominee bundle is drawn', async () => {
    const input = samples.sampleBundle(samples.sampleNominees(300), [], 3);
    await pooled.render('submission', samples.sampleSubmission(samples.sampleNominees(3)), META); // thread started and warm
    const pooledStall = await longestStall(() => pooled.render('bundle', input, META));
    const mainStall = await longestStall(() => mainThread.render('bundle', input, META));
    // For the record (not asserted, it depends on the machine): on the main thread the loop stops for about a second.
    console.log(`longest event-loop stall: pooled ${pooledStall.toFixed(0)} ms, main thread ${mainStall.toFixed(0)} ms`);
    expect(pooledStall).toBeLessThan(200);
  });

  it('turns a DocumentDataError thrown in the worker into the same API error', async () => {
    const decision = { ...samples.sampleDecision([]) };
    const noAwardees = await Promise.all([rejection(pooled.render('decision', decision, META)), rejection(mainThread.render('decision', decision, META))]);
    expect(noAwardees[0]).toMatchObject({ class: DocumentNotAvailableError.name, code: 'DOCUMENT_NOT_AVAILABLE', status: 409 });
    expect(noAwardees[0]).toEqual(noAwardees[1]);

    const sample = samples.sampleSubmission(samples.sampleNominees(3));
    const submission = { ...sample, letterhead: { ...sample.letterhead, placeDate: { place: 'Yên Thế', date: '2020-13-45' } } };
    const badDate = await Promise.all([rejection(pooled.render('submission', submission, META)), rejection(mainThread.render('submission', submission, META))]);
    expect(badDate[0]).toMatchObject({ class: DocumentDataInvalidError.name, code: 'DOCUMENT_DATA_INVALID', status: 422, details: { reason: 'INVALID_DATE' } });
    expect(badDate[0].message).toContain('2020-13-45');
    expect(badDate[0]).toEqual(badDate[1]);
  });
});
