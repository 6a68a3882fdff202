import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import {
  DocumentDataError,
  markDraft,
  renderAchievementReport,
  renderBundle,
  renderCertificates,
  renderDecision,
  renderMinutes,
  renderNomineeList,
  renderSubmission,
  signPdf,
  type AchievementReportInput,
  type BundleInput,
  type CertificatesInput,
  type DecisionInput,
  type MinutesInput,
  type NomineeListInput,
  type RenderedPdf,
  type RenderMeta,
  type SignatureInfo,
  type SigningIdentity,
  type SubmissionInput,
  warmUp,
} from '@vinh-danh/documents';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { DocumentDataInvalidError, DocumentNotAvailableError } from '../documents.errors';
import { RenderPool, type DocumentTask } from './render-pool';

/** What each kind is drawn from. */
export interface KindInputs {
  submission: SubmissionInput;
  'nominee-list': NomineeListInput;
  'achievement-report': AchievementReportInput;
  minutes: MinutesInput;
  decision: DecisionInput;
  certificates: CertificatesInput;
  bundle: BundleInput;
}

const RENDERERS: { [K in keyof KindInputs]: (input: KindInputs[K], meta: RenderMeta) => Promise<RenderedPdf> } = {
  submission: renderSubmission,
  'nominee-list': renderNomineeList,
  'achievement-report': renderAchievementReport,
  minutes: renderMinutes,
  decision: renderDecision,
  certificates: renderCertificates,
  bundle: renderBundle,
};

/**
 * The PDF engine behind an injectable adapter: libs/documents' pure functions, with their
 * data errors turned into the API's (a decision or certificates with nobody to award is a
 * paper that makes no sense, 409; other bad data is 422).
 *
 * Drawing is seconds of synchronous CPU for a large bundle, so by default it runs in a pool of
 * worker threads (DOCUMENTS_RENDER_THREADS) and the event loop keeps serving other requests;
 * 0 draws on the main thread, as a fallback.
 */
@Injectable()
export class DocumentRenderer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DocumentRenderer.name);
  /** Started at the first paper (or the warm-up): an api that never draws starts no thread. */
  private pool: RenderPool | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * Draws a small sample once, in the background, after the api starts: the first paper a
   * user asks for then finds the fonts parsed and the layout code compiled (≈ 0.7 s less for
   * a 500-line bundle, BENCHMARKS.md), in the pool's thread when there is one. Start-up never
   * waits for it; a failure is only logged.
   */
  onApplicationBootstrap(): void {
    if (!this.config.documents.warmUp) return;
    setImmediate(() => {
      this.draw({ kind: 'warm-up' }, () => warmUp()).catch((error: unknown) => this.logger.warn(`Warming up the PDF renderer failed: ${String(error)}`));
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool?.close();
  }

  render<K extends keyof KindInputs>(kind: K, input: KindInputs[K], meta: RenderMeta): Promise<RenderedPdf> {
    return translate(() => this.draw({ kind, input, meta } as DocumentTask, () => RENDERERS[kind](input, meta)));
  }

  markDraft(pdf: Uint8Array, meta: RenderMeta): Promise<Uint8Array> {
    return translate(() => this.draw({ kind: 'mark-draft', pdf, meta }, () => markDraft(pdf, meta)));
  }

  sign(pdf: Uint8Array, identity: SigningIdentity, info: SignatureInfo): Promise<Uint8Array> {
    return this.draw({ kind: 'sign', pdf, identity, info }, () => signPdf(pdf, identity, info));
  }

  /** The task in the pool's thread, or `here` on the main thread when DOCUMENTS_RENDER_THREADS is 0. */
  private draw<T>(task: DocumentTask, here: () => Promise<T>): Promise<T> {
    const threads = this.config.documents.renderThreads;
    if (threads === 0) return here();
    this.pool ??= new RenderPool(threads);
    return this.pool.run<T>(task);
  }
}

async function translate<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof DocumentDataError)) throw error;
    if (error.code === 'NO_AWARDEES' || error.code === 'NO_RECIPIENTS') {
      throw new DocumentNotAvailableError(`Chưa có tập thể, cá nhân nào được khen thưởng trong hồ sơ: ${error.message}`);
    }
    throw new DocumentDataInvalidError(error.code, error.message);
  }
}
