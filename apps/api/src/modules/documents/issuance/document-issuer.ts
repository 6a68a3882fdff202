import { type BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { DossierEntity } from '../../dossiers/entities/dossier.entity';
import type { IssuedDocumentEntity } from '../entities/issued-document.entity';
import { duePapers, type Paper } from '../planning/papers';
import { DocumentRenderer } from '../rendering/document-renderer';
import { DossierSnapshotReader } from '../snapshot/dossier-snapshot.reader';
import { IssuedDocumentsStore } from './issued-documents.store';

/** A step that may have made a paper: submit, or a completed task with its form and outcome. */
export interface CompletedStep {
  dossierId: string;
  formKey?: string | null;
  outcome?: string;
}

/** Steps that make a paper: the council's vote (minutes) and the chairman's decision (decision, certificates). */
function makesPaper(step: CompletedStep): boolean {
  return step.formKey === 'vd:council-vote' || (step.formKey === 'vd:decision' && step.outcome === 'decide');
}

export interface IssuanceResult {
  issued: IssuedDocumentEntity[];
  /** Papers that could not be issued now, by issue key, with why (e.g. nobody left to award). */
  failed: Map<string, unknown>;
}

/**
 * Issues the papers a dossier's steps have made. Called after a step's transaction commits
 * (submit, council vote, decision), it works in the background, one dossier at a time, so
 * the step's response never waits for a PDF and the database is never held while one is
 * drawn. Every read of a dossier's documents first catches up the same way, so a paper whose
 * issuance was cut short (a crash, a restart) is issued at the next read: the step is the
 * record, the paper follows from it, and it is drawn from the data as of the step's date.
 */
@Injectable()
export class DocumentIssuer implements BeforeApplicationShutdown {
  private readonly logger = new Logger(DocumentIssuer.name);
  /** The run in progress (or queued) per dossier; later callers wait on it. */
  private readonly running = new Map<string, Promise<IssuanceResult>>();
  /** One render at a time in this process: two cores are shared with the API itself. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: DossierSnapshotReader,
    private readonly renderer: DocumentRenderer,
    private readonly store: IssuedDocumentsStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Hook for the use cases: after commit, never throws, never delays the response. */
  afterStep(step: CompletedStep): void {
    if (!this.config.documents.issueAfterSteps) return; // the next read issues them (see ensureIssued)
    if (step.formKey !== undefined && !makesPaper(step)) return;
    this.ensureIssued(step.dossierId).catch((error: unknown) => this.logger.error(`Issuing the documents of dossier ${step.dossierId} failed`, error instanceof Error ? error.stack : String(error)));
  }

  /** Issues whatever the dossier's steps have made and is not issued yet; waits for a run already under way. */
  async ensureIssued(dossierId: string): Promise<IssuanceResult> {
    const previous = this.running.get(dossierId);
    const run = (previous ?? Promise.resolve()).catch(() => undefined).then(() => this.enqueue(() => this.issueMissing(dossierId)));
    this.running.set(dossierId, run);
    try {
      return await run;
    } finally {
      if (this.running.get(dossierId) === run) this.running.delete(dossierId);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    // Let papers being written finish before the database closes (onApplicationShutdown).
    await Promise.allSettled([...this.running.values()]);
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async issueMissing(dossierId: string): Promise<IssuanceResult> {
    const { missing } = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const dossier = await manager.getRepository(DossierEntity).findOneBy({ id: dossierId });
      if (!dossier?.submittedAt) return { missing: [] as Paper[] };
      const existing = new Set((await this.store.list(manager, dossierId)).map((row) => row.issueKey));
      const due = duePapers(await this.reader.read(manager, dossier));
      return { missing: due.filter((paper) => !existing.has(paper.issueKey)) };
    });
    const result: IssuanceResult = { issued: [], failed: new Map() };
    for (const paper of missing) {
      try {
        result.issued.push(await this.issue(dossierId, paper));
      } catch (error) {
        result.failed.set(paper.issueKey, error);
        this.logger.warn(`Could not issue ${paper.issueKey} of dossier ${dossierId}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return result;
  }

  private async issue(dossierId: string, paper: Paper): Promise<IssuedDocumentEntity> {
    // Dated by its step, identified by its issue key: the same step always draws the same paper.
    const meta = { creationDate: paper.issuedAt, documentId: `${dossierId}/${paper.issueKey}` };
    const rendered = await this.renderPaper(paper, meta);
    const { input: _input, ...row } = paper;
    return this.store.save({ dossierId, ...row }, rendered.bytes, rendered.pageCount);
  }

  private renderPaper(paper: Paper, meta: { creationDate: Date; documentId: string }) {
    switch (paper.kind) {
      case 'submission':
        return this.renderer.render('submission', paper.input(), meta);
      case 'minutes':
        return this.renderer.render('minutes', paper.input(), meta);
      case 'decision':
        return this.renderer.render('decision', paper.input(), meta);
      case 'certificates':
        return this.renderer.render('certificates', paper.input(), meta);
    }
  }
}
