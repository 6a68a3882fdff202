'use strict';
/*
 * Runs in a worker thread of DocumentRenderer's piscina pool, so that drawing a PDF (seconds of
 * synchronous pdfkit work for a large bundle) never holds the api's event loop.
 *
 * Plain CommonJS on purpose: the same file is loaded from the compiled api (dist) and under
 * jest, where the main thread runs TypeScript through @swc/jest but a worker thread is plain
 * Node. It requires the built library (libs/documents/dist), which the api's build and test
 * targets build first.
 *
 * A DocumentDataError does not survive the thread boundary (a structured clone keeps only an
 * Error's message), so it comes back as a value and the main thread rebuilds it.
 */
const documents = require('@vinh-danh/documents');

const TASKS = {
  submission: (task) => documents.renderSubmission(task.input, task.meta),
  'nominee-list': (task) => documents.renderNomineeList(task.input, task.meta),
  'achievement-report': (task) => documents.renderAchievementReport(task.input, task.meta),
  minutes: (task) => documents.renderMinutes(task.input, task.meta),
  decision: (task) => documents.renderDecision(task.input, task.meta),
  certificates: (task) => documents.renderCertificates(task.input, task.meta),
  bundle: (task) => documents.renderBundle(task.input, task.meta),
  'mark-draft': (task) => documents.markDraft(task.pdf, task.meta),
  sign: (task) => documents.signPdf(task.pdf, task.identity, task.info),
  'warm-up': () => documents.warmUp(),
};

module.exports = async function runDocumentTask(task) {
  const run = TASKS[task.kind];
  if (!run) throw new Error(`Unknown document task: ${task.kind}`);
  try {
    return { value: await run(task) };
  } catch (error) {
    if (error instanceof documents.DocumentDataError) return { dataError: { code: error.code, message: error.message } };
    throw error;
  }
};
