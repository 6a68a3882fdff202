import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DocumentDataError, type CertificatesInput, type DocumentErrorCode, type RenderMeta, type SignatureInfo, type SigningIdentity } from '@vinh-danh/documents';
import Piscina from 'piscina';
import type { KindInputs } from './document-renderer';

/** One job for render-worker.js; every field crosses the thread boundary by structured clone. */
export type DocumentTask =
  | { [K in keyof KindInputs]: { kind: K; input: KindInputs[K]; meta: RenderMeta } }[keyof KindInputs]
  | { kind: 'mark-draft'; pdf: Uint8Array; meta: RenderMeta }
  | { kind: 'sign'; pdf: Uint8Array; identity: SigningIdentity; info: SignatureInfo }
  | { kind: 'warm-up' };

type WorkerOutcome = { value: unknown } | { dataError: { code: DocumentErrorCode; message: string } };

const WORKER_FILE = 'render-worker.js';

/**
 * The worker is plain JavaScript kept beside this file in src. tsc compiles only .ts, so the
 * api's build target copies it into apps/api/dist beside the compiled module; the fallback to
 * the src copy (same place relative to apps/api) serves a dist built by bare `tsc -b`.
 */
export function renderWorkerFile(): string {
  const beside = join(__dirname, WORKER_FILE);
  if (existsSync(beside)) return beside;
  return resolve(__dirname, '..', '..', '..', '..', 'src', 'modules', 'documents', 'rendering', WORKER_FILE);
}

/**
 * A fixed pool of worker threads drawing PDFs. Threads start with the pool and stay (a warm
 * thread has the fonts parsed and the layout code compiled); tasks beyond the pool's size queue.
 */
export class RenderPool {
  private readonly pool: Piscina;

  constructor(threads: number) {
    this.pool = new Piscina({ filename: renderWorkerFile(), minThreads: threads, maxThreads: threads, idleTimeout: Infinity, closeTimeout: 10_000 });
  }

  async run<T>(task: DocumentTask): Promise<T> {
    const outcome = (await this.pool.run(await cloneable(task))) as WorkerOutcome;
    // Rebuilt as the library's own class, so callers' `instanceof DocumentDataError` still holds.
    if ('dataError' in outcome) throw new DocumentDataError(outcome.dataError.code, outcome.dataError.message);
    return outcome.value as T;
  }

  /** Lets queued and running papers finish (up to closeTimeout), then stops the threads. */
  close(): Promise<void> {
    return this.pool.close();
  }
}

/** Certificates may list their recipients as any (async) iterable; only an array can be cloned. */
async function cloneable(task: DocumentTask): Promise<DocumentTask> {
  if (task.kind === 'certificates') return { ...task, input: await withRecipientArray(task.input) };
  if (task.kind === 'bundle' && task.input.certificates) {
    return { ...task, input: { ...task.input, certificates: await withRecipientArray(task.input.certificates) } };
  }
  return task;
}

async function withRecipientArray(input: CertificatesInput): Promise<CertificatesInput> {
  if (Array.isArray(input.recipients)) return input;
  const recipients = [];
  for await (const recipient of input.recipients) recipients.push(recipient);
  return { ...input, recipients };
}
