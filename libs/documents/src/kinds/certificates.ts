import { once } from 'node:events';
import type { RenderOptions } from '../fonts/fonts';
import { createDocument, startPage, type Doc } from '../layout/document';
import type { RenderMeta, RenderedPdf } from '../model/common';
import { DocumentDataError } from '../model/errors';
import type { CertificateRecipient, CertificatesInput } from '../model/inputs';
import { drawCertificate } from './certificate-page';

export interface CertificateOptions extends RenderOptions {
  /** Called after each page with the pages done and the total when it is known. */
  onProgress?: (done: number, total: number | undefined) => void;
}

/** Where the bytes go: a Node writable (an HTTP response, a file). */
export interface ByteSink {
  write(chunk: Uint8Array): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

/** Pages between two yields to the event loop, so the consumer drains while we draw. */
const YIELD_EVERY = 20;

type Recipients = AsyncIterator<CertificateRecipient> | Iterator<CertificateRecipient>;

/** The recipients with the first one already read, so an empty run is refused before any drawing. */
export interface OpenedRecipients {
  first: CertificateRecipient;
  rest: Recipients;
}

export async function openRecipients(input: CertificatesInput): Promise<OpenedRecipients> {
  const items = input.recipients;
  const rest: Recipients = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  const next = await rest.next();
  if (next.done) throw new DocumentDataError('NO_RECIPIENTS', 'Không có ai để in Bằng khen / Giấy khen');
  return { first: next.value, rest };
}

export interface CertificateRun extends CertificateOptions {
  /** Runs after each page (flush, wait for the consumer); awaited before the next one. */
  afterPage?: (done: number) => Promise<void> | void;
}

/**
 * One landscape page per recipient, each started with startPage, into any document: the
 * standalone file below or the bundle's body. Resolves with the number of pages drawn.
 */
export async function drawCertificates(doc: Doc, input: CertificatesInput, recipients: OpenedRecipients, run: CertificateRun = {}): Promise<number> {
  let done = 0;
  // A list knows its length; a cursor says it in `total`, or the total stays unknown.
  const total = input.total ?? (Array.isArray(input.recipients) ? input.recipients.length : undefined);
  let next: IteratorResult<CertificateRecipient> = { done: false, value: recipients.first };
  for (; !next.done; next = await recipients.rest.next()) {
    startPage(doc, 'landscape');
    drawCertificate(doc, input, next.value);
    done++;
    run.onProgress?.(done, total);
    await run.afterPage?.(done);
  }
  return done;
}

/**
 * Draws one landscape page per recipient into `sink`, honouring back-pressure: pages are
 * flushed as they are finished (no page buffer), and when the sink says it is full we wait
 * for 'drain'. Memory stays flat for any number of recipients. Resolves with the page count
 * once the last byte has been handed to the sink.
 */
export async function writeCertificates(
  input: CertificatesInput,
  meta: RenderMeta,
  sink: ByteSink,
  options: CertificateOptions = {},
): Promise<number> {
  // Checked before the first byte is written, so a caller streaming to HTTP can still send 422.
  const recipients = await openRecipients(input);

  let full = false;
  const title = input.awardKind === 'bang-khen' ? 'Bằng khen' : 'Giấy khen';
  const { doc, bytes } = createDocument(
    { meta, fonts: options.fonts, title, author: input.grantor.replace(/\n/g, ' '), layout: 'landscape', bufferPages: false, autoFirstPage: false },
    (chunk) => {
      if (!sink.write(chunk)) full = true;
    },
  );
  const done = await drawCertificates(doc, input, recipients, {
    onProgress: options.onProgress,
    afterPage: async (n) => {
      if (full) {
        full = false;
        await once(sink as unknown as NodeJS.EventEmitter, 'drain');
      } else if (n % YIELD_EVERY === 0) {
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  });
  doc.end();
  await bytes;
  return done;
}

/** Bằng khen / Giấy khen as one PDF in memory; use writeCertificates to stream thousands. */
export async function renderCertificates(input: CertificatesInput, meta: RenderMeta, options: CertificateOptions = {}): Promise<RenderedPdf> {
  const chunks: Uint8Array[] = [];
  const sink: ByteSink = {
    write: (chunk) => (chunks.push(chunk), true),
    once: () => undefined,
  };
  const pageCount = await writeCertificates(input, meta, sink, options);
  return { bytes: new Uint8Array(Buffer.concat(chunks)), pageCount };
}
