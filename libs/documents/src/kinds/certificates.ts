import { once } from 'node:events';
import type { RenderOptions } from '../fonts/fonts';
import { createDocument } from '../layout/document';
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

function iteratorOf(items: CertificatesInput['recipients']): AsyncIterator<CertificateRecipient> | Iterator<CertificateRecipient> {
  return Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
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
  const it = iteratorOf(input.recipients);
  let next = await it.next();
  // Checked before the first byte is written, so a caller streaming to HTTP can still send 422.
  if (next.done) throw new DocumentDataError('NO_RECIPIENTS', 'Không có ai để in Bằng khen / Giấy khen');

  let full = false;
  const title = input.awardKind === 'bang-khen' ? 'Bằng khen' : 'Giấy khen';
  const { doc, bytes } = createDocument(
    { meta, fonts: options.fonts, title, author: input.grantor.replace(/\n/g, ' '), layout: 'landscape', bufferPages: false },
    (chunk) => {
      if (!sink.write(chunk)) full = true;
    },
  );
  // The first page was added by pdfkit; every later recipient gets a fresh one.
  let done = 0;
  for (; !next.done; next = await it.next()) {
    if (done > 0) doc.addPage();
    drawCertificate(doc, input, next.value);
    done++;
    options.onProgress?.(done, input.total);
    if (full) {
      full = false;
      await once(sink as unknown as NodeJS.EventEmitter, 'drain');
    } else if (done % YIELD_EVERY === 0) {
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
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
