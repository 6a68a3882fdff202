// Renders one sample of each document kind from the seed-based demo data and writes the first
// page of each as a small PNG to docs/documents/, for reviewers to look at as a clerk would.
//
//   npx tsc -b libs/documents/tsconfig.lib.json && node libs/documents/scripts/render-samples.mjs
//   (or: npx nx run documents:samples)
//
// Needs poppler-utils (pdftoppm). The PDFs themselves go to libs/documents/tmp/samples/, which
// git ignores, so the repository keeps only the pictures.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const pngDir = join(root, 'docs', 'documents');
const pdfDir = join(here, '..', 'tmp', 'samples');
mkdirSync(pngDir, { recursive: true });
mkdirSync(pdfDir, { recursive: true });

// The library is CommonJS (dist/), built by `tsc -b libs/documents/tsconfig.lib.json`.
const docs = createRequire(import.meta.url)('../dist/index.js');
const { samples } = docs;
const meta = (id) => ({ creationDate: new Date('2020-12-20T01:00:00Z'), documentId: `sample-${id}` });

const nominees = samples.sampleNominees(24);
const awarded = samples.awardedNominees(nominees);
const attachments = await samples.sampleAttachments();

const kinds = [
  ['submission', () => docs.renderSubmission(samples.sampleSubmission(nominees), meta('submission'))],
  ['nominee-list', () => docs.renderNomineeList(samples.sampleNomineeList(samples.sampleNominees(500)), meta('list'))],
  ['achievement-report', () => docs.renderAchievementReport(samples.sampleReport(nominees.find((n) => n.kind === 'individual')), meta('report'))],
  ['minutes', () => docs.renderMinutes(samples.sampleMinutes(nominees), meta('minutes'))],
  ['decision', () => docs.renderDecision(samples.sampleDecision(awarded), meta('decision'))],
  ['certificate', () => docs.renderCertificates(samples.sampleCertificates(awarded), meta('certificates'))],
  ['bundle', () => docs.renderBundle(samples.sampleBundle(nominees, attachments), meta('bundle'))],
];

for (const [name, render] of kinds) {
  const started = Date.now();
  const { bytes, pageCount } = await render();
  const pdf = join(pdfDir, `${name}.pdf`);
  writeFileSync(pdf, bytes);
  // 60 dpi keeps each picture around 50-100 KB while the text stays legible.
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(pdfDir, name)]);
  renameSync(join(pdfDir, `${name}.png`), join(pngDir, `${name}.png`));
  console.log(`${name}: ${pageCount} pages, ${(bytes.length / 1024).toFixed(0)} KB, ${Date.now() - started} ms`);
}
