import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BundleAttachment, BundleInput, IssuedPart } from '@vinh-danh/documents';
import { AttachmentEntity } from '../../attachments/entities/attachment.entity';
import { FileStorage } from '../../attachments/storage/file-storage';
import type { IssuedDocumentEntity } from '../entities/issued-document.entity';
import { IssuedDocumentsStore } from '../issuance/issued-documents.store';
import { achievementReportInput, certificatesInput, dossierUnit, decisionInput, minutesInput, nomineeListInput, submissionInput } from '../mapping/document-inputs';
import { committeeBody } from '../mapping/units';
import type { DossierSnapshot } from '../snapshot/dossier-snapshot';

/** The newest issue of a kind: a signed decision comes after the unsigned one it signs. */
export function newestIssued(rows: readonly IssuedDocumentEntity[], kind: string): IssuedDocumentEntity | undefined {
  return rows.filter((row) => row.kind === kind).at(-1);
}

/**
 * The bundle's input: the papers already issued as stored (the signed decision if there is
 * one), the list and the reports as the dossier stands, the uploaded files in the order they
 * came. A paper not issued yet is left out, except the tờ trình of a dossier not submitted,
 * drawn as the draft it is (and the bundle is then marked as a draft).
 */
@Injectable()
export class BundleAssembler {
  private readonly logger = new Logger(BundleAssembler.name);

  constructor(
    private readonly store: IssuedDocumentsStore,
    private readonly attachmentFiles: FileStorage,
  ) {}

  async assemble(manager: EntityManager, s: DossierSnapshot, rows: readonly IssuedDocumentEntity[]): Promise<BundleInput> {
    const issued: Partial<Record<IssuedPart, Uint8Array>> = {};
    const take = async (part: IssuedPart, row: IssuedDocumentEntity | undefined) => {
      if (row) issued[part] = new Uint8Array(await this.store.read(row));
      return row;
    };
    await take('submission', newestIssued(rows, 'submission'));
    const minutesRow = await take('minutes', newestIssued(rows, 'minutes'));
    const decisionRow = await take('decision', newestIssued(rows, 'decision'));
    const certificatesRow = await take('certificates', newestIssued(rows, 'certificates'));
    const council = s.councils.find((record) => record.taskId === minutesRow?.taskId);
    const decided = s.tasks.find((task) => task.id === decisionRow?.taskId);
    const certified = s.tasks.find((task) => task.id === certificatesRow?.taskId);
    return {
      dossier: { code: s.dossier.code, title: s.dossier.title, awardTypeName: s.awardType.name, ...(s.movement ? { movementName: s.movement.name } : {}) },
      body: committeeBody(dossierUnit(s)),
      submission: submissionInput(s),
      nomineeList: nomineeListInput(s),
      achievementReports: s.nominees.flatMap((nominee) => achievementReportInput(s, nominee.id) ?? []),
      ...(council ? { minutes: minutesInput(s, council) } : {}),
      ...(decided ? { decision: decisionInput(s, decided) } : {}),
      ...(certified ? { certificates: certificatesInput(s, certified) } : {}),
      attachments: await this.attachments(manager, s.dossier.id),
      issued,
    };
  }

  /**
   * Every uploaded file; libs/documents merges the PDFs and lists the rest (images, Office
   * files, damaged or encrypted PDFs) as not merged. A file missing from the store is listed
   * as empty rather than failing the whole bundle.
   */
  private async attachments(manager: EntityManager, dossierId: string): Promise<BundleAttachment[]> {
    const rows = await manager.getRepository(AttachmentEntity).find({ where: { dossierId }, order: { uploadedAt: 'ASC', id: 'ASC' } });
    const files: BundleAttachment[] = [];
    for (const row of rows) {
      try {
        const { stream } = await this.attachmentFiles.open({ dossierId, attachmentId: row.id });
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        files.push({ name: row.fileName, bytes: new Uint8Array(Buffer.concat(chunks)) });
      } catch (error) {
        this.logger.error(`Attachment ${row.id} of dossier ${dossierId} could not be read for the bundle`, String(error));
        files.push({ name: row.fileName, bytes: new Uint8Array() });
      }
    }
    return files;
  }
}
