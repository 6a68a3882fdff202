/**
 * The two workloads, built from the library's seed-based sample data (names and places of the
 * Yên Thế, Bắc Giang plans) exactly as the api will call the library: through its package
 * entry point, `@vinh-danh/documents` → libs/documents/dist (CommonJS, built by tsc).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The library as the api loads it; the bench refuses to run on a stale or missing build. */
export function loadLibrary() {
  return require('@vinh-danh/documents');
}

export const META = { creationDate: new Date('2020-12-20T01:00:00Z'), documentId: 'bench-documents' };

/**
 * A 500-nominee dossier with every kind: submission, the 500-row list, one achievement report
 * per nominee, the council minutes with 500 votes, the decision with its annex, a certificate
 * per awardee, and the five sample uploads (two PDFs that merge, an encrypted one, a truncated
 * one and a JPEG, which are listed as not merged).
 */
export async function bundleInput(docs, nominees, reports) {
  const people = docs.samples.sampleNominees(nominees);
  const attachments = await docs.samples.sampleAttachments();
  return docs.samples.sampleBundle(people, attachments, reports);
}

/** Bằng khen for `count` people of the sample pool, each with position and registry number. */
export function certificatesInput(docs, count) {
  return docs.samples.sampleCertificates(docs.samples.sampleNominees(count, 1000));
}

export async function renderCase(docs, name, input) {
  if (name === 'bundle') return docs.renderBundle(input, META);
  return docs.renderCertificates(input, META);
}
