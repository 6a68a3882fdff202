import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isLevel, levelRank } from '@vinh-danh/domain';
import { AuditLog } from '../../audit/audit-log';
import { FileStorage, StoredFileMissingError } from '../../attachments/storage/file-storage';
import { IssuedDocumentContentMissingError } from '../documents.errors';
import { IssuedDocumentEntity } from '../entities/issued-document.entity';
import { ISSUED_KINDS, type IssuedKind } from '../kinds/document-kind';

/** The documents store: the attachments' disk adapter on its own folder (DOCUMENTS_DIR). */
export const ISSUED_DOCUMENT_FILES = Symbol('ISSUED_DOCUMENT_FILES');

export interface NewIssuedDocument {
  dossierId: string;
  kind: IssuedKind;
  issueKey: string;
  level: string;
  taskId: string | null;
  issuedBy: string;
  issuedAt: Date;
  signed?: boolean;
  signerSubject?: string | null;
}

/**
 * Issued documents: bytes first, row second. The file is written whole (temporary name,
 * fsync, rename) before the row that points at it is inserted, so no row ever points at a
 * half-written file; a crash in between leaves an unreferenced file, never a broken row.
 * Two writers of the same paper race on the unique (dossier, issue key): the loser removes
 * its file and gets the winner's row. A signed row and its audit event are one transaction.
 */
@Injectable()
export class IssuedDocumentsStore {
  private readonly logger = new Logger(IssuedDocumentsStore.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(ISSUED_DOCUMENT_FILES) private readonly files: FileStorage,
  ) {}

  /** In the order the chain made them (for steps recorded in the same instant: lower level first, then tờ trình, minutes, decision, certificates), a signature after what it signs. */
  async list(manager: EntityManager, dossierId: string): Promise<IssuedDocumentEntity[]> {
    const rows = await manager.getRepository(IssuedDocumentEntity).find({ where: { dossierId } });
    const rank = (row: IssuedDocumentEntity) => ISSUED_KINDS.indexOf(row.kind);
    // Lower levels act first (commune before district): a rank counts from central down.
    const height = (row: IssuedDocumentEntity) => (isLevel(row.level) ? -levelRank(row.level) : 0);
    return rows.sort(
      (a, b) => a.issuedAt.getTime() - b.issuedAt.getTime() || height(a) - height(b) || rank(a) - rank(b) || Number(a.signed) - Number(b.signed) || a.id.localeCompare(b.id),
    );
  }

  async save(paper: NewIssuedDocument, bytes: Uint8Array, pageCount: number): Promise<IssuedDocumentEntity> {
    const id = randomUUID();
    const content = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const row: IssuedDocumentEntity = Object.assign(new IssuedDocumentEntity(), {
      id,
      dossierId: paper.dossierId,
      kind: paper.kind,
      issueKey: paper.issueKey,
      nomineeId: null,
      level: paper.level,
      taskId: paper.taskId,
      sha256: createHash('sha256').update(content).digest('hex'),
      sizeBytes: content.length,
      pageCount,
      storagePath: `${paper.dossierId}/${id}`,
      issuedBy: paper.issuedBy,
      issuedAt: paper.issuedAt,
      signed: paper.signed ?? false,
      signerSubject: paper.signerSubject ?? null,
    });
    const key = { dossierId: paper.dossierId, attachmentId: id };
    await this.files.save(key, content);
    let inserted = false;
    try {
      inserted = await this.dataSource.transaction(async (manager) => {
        const result = await manager.createQueryBuilder().insert().into(IssuedDocumentEntity).values(row).orIgnore().returning(['id']).execute();
        if ((result.raw as unknown[]).length !== 1) return false;
        // A signature is a person's act and goes into the dossier's history. Papers issued at
        // a step are not logged again: the step's own event is their record, and they are
        // written after it, in the background, where an event would land out of step.
        if (!row.signed) return true;
        await this.audit.append(manager, [
          {
            dossierId: row.dossierId,
            type: 'document.signed',
            actor: row.issuedBy,
            occurredAt: row.issuedAt,
            payload: { documentId: row.id, kind: row.kind, issueKey: row.issueKey, level: row.level, sha256: row.sha256, sizeBytes: row.sizeBytes, signerSubject: row.signerSubject },
          },
        ]);
        return true;
      });
    } finally {
      if (!inserted) await this.discard(key);
    }
    if (inserted) return row;
    return this.dataSource.getRepository(IssuedDocumentEntity).findOneByOrFail({ dossierId: paper.dossierId, issueKey: paper.issueKey });
  }

  async open(row: IssuedDocumentEntity): Promise<{ stream: Readable; size: number }> {
    try {
      return await this.files.open({ dossierId: row.dossierId, attachmentId: row.id });
    } catch (error) {
      if (!(error instanceof StoredFileMissingError)) throw error;
      this.logger.error(`${error.message}: is DOCUMENTS_DIR shared by every process?`);
      throw new IssuedDocumentContentMissingError(row.id);
    }
  }

  async read(row: IssuedDocumentEntity): Promise<Buffer> {
    const { stream } = await this.open(row);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const content = Buffer.concat(chunks);
    // What is served as issued must be what was issued: a changed file is an error, not a document.
    if (createHash('sha256').update(content).digest('hex') !== row.sha256) throw new IssuedDocumentContentMissingError(row.id);
    return content;
  }

  private async discard(key: { dossierId: string; attachmentId: string }): Promise<void> {
    await this.files.remove(key).catch((error: unknown) => this.logger.error(`Could not remove unreferenced document ${key.attachmentId}`, String(error)));
  }
}
