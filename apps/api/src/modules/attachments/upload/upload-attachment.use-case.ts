import { createHash, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../../common/clock/clock';
import type { UploadedBinary } from '../../../common/upload/single-file-upload.interceptor';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { AuditLog } from '../../audit/audit-log';
import { NomineeEntity } from '../../dossiers/entities/nominee.entity';
import {
  AttachmentContentMismatchError,
  AttachmentEmptyError,
  AttachmentFileRequiredError,
  AttachmentNomineeNotFoundError,
  AttachmentTypeNotAllowedError,
  AttachmentUploadClosedError,
} from '../attachments.errors';
import { DossierGate } from '../dossier-gate';
import type { UploadAttachmentDto } from '../dto/upload-attachment.dto';
import { AttachmentEntity } from '../entities/attachment.entity';
import { ALLOWED_EXTENSIONS, checkContent } from '../files/content-type';
import { extensionOf, sanitizeFileName } from '../files/file-name';
import { FileStorage } from '../storage/file-storage';
import { toAttachmentView, type AttachmentView } from '../views/attachment-view';

/**
 * Stores one uploaded file for a dossier. Who may, then what it is: only the clerk of the
 * dossier's unit, while it is a draft or waits for that unit's supplement; the type comes
 * from the bytes and must match the name. The file is written durably first, then its row
 * and audit event in one transaction; if that fails, the file is removed again, so there
 * is never a row without a file and (short of a crash between the two) no file without a row.
 */
@Injectable()
export class UploadAttachmentUseCase {
  private readonly logger = new Logger(UploadAttachmentUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: DossierGate,
    private readonly storage: FileStorage,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute(user: AuthenticatedUser, dossierId: string, file: UploadedBinary | undefined, input: UploadAttachmentDto): Promise<AttachmentView> {
    if (!file) throw new AttachmentFileRequiredError();
    // Who first: a user who may not upload learns nothing from the content checks.
    await this.checkMayUpload(this.dataSource.manager, user, dossierId, input.nomineeId, false);
    if (file.size === 0 || file.buffer.length === 0) throw new AttachmentEmptyError();
    const fileName = sanitizeFileName(file.originalname);
    const check = await checkContent(extensionOf(fileName), file.buffer);
    if (!check.ok && check.reason === 'type-not-allowed') throw new AttachmentTypeNotAllowedError(check.extension, ALLOWED_EXTENSIONS);
    if (!check.ok) throw new AttachmentContentMismatchError(check.extension, check.detected);

    const attachment: AttachmentEntity = Object.assign(new AttachmentEntity(), {
      id: randomUUID(),
      dossierId,
      nomineeId: input.nomineeId ?? null,
      fileName,
      contentType: check.contentType,
      sizeBytes: file.buffer.length,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      description: input.description?.normalize('NFC').trim() || null,
      uploadedBy: user.username,
      uploadedAt: this.clock.now(),
    });
    const key = { dossierId, attachmentId: attachment.id };
    await this.storage.save(key, file.buffer);
    try {
      await this.dataSource.transaction(async (manager) => {
        // Again under the dossier's row lock: a submit between the first check and now wins.
        await this.checkMayUpload(manager, user, dossierId, input.nomineeId, true);
        await manager.getRepository(AttachmentEntity).insert(attachment);
        await this.audit.append(manager, [
          {
            dossierId,
            type: 'attachment.uploaded',
            actor: user.username,
            occurredAt: attachment.uploadedAt,
            payload: { attachmentId: attachment.id, fileName, contentType: attachment.contentType, sizeBytes: attachment.sizeBytes, sha256: attachment.sha256, nomineeId: attachment.nomineeId },
          },
        ]);
      });
    } catch (error) {
      await this.storage.remove(key).catch((removal: unknown) => this.logger.error(`Could not remove ${attachment.id} after a failed upload`, String(removal)));
      throw error;
    }
    return toAttachmentView(attachment);
  }

  private async checkMayUpload(manager: EntityManager, user: AuthenticatedUser, dossierId: string, nomineeId: string | undefined, lock: boolean): Promise<void> {
    const dossier = await this.gate.readable(manager, user, dossierId, { lock });
    this.gate.requireClerk(user, dossier, 'tải tệp đính kèm lên');
    if (dossier.status !== 'draft' && !(await this.gate.awaitsSupplement(manager, dossier))) throw new AttachmentUploadClosedError(dossier.status);
    if (nomineeId && !(await manager.getRepository(NomineeEntity).existsBy({ id: nomineeId, dossierId }))) throw new AttachmentNomineeNotFoundError(nomineeId);
  }
}
