import type { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AuditLog } from '../audit/audit-log';
import { AttachmentContentMissingError, AttachmentNotFoundError } from './attachments.errors';
import { DossierGate } from './dossier-gate';
import { AttachmentEntity } from './entities/attachment.entity';
import { FileStorage, StoredFileMissingError } from './storage/file-storage';
import { toAttachmentView, type AttachmentView } from './views/attachment-view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger(AttachmentsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: DossierGate,
    private readonly storage: FileStorage,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthenticatedUser, dossierId: string): Promise<AttachmentView[]> {
    const manager = this.dataSource.manager;
    await this.gate.readable(manager, user, dossierId);
    const rows = await manager.getRepository(AttachmentEntity).find({ where: { dossierId }, order: { uploadedAt: 'ASC', id: 'ASC' } });
    return rows.map(toAttachmentView);
  }

  /** The row and an open stream of its bytes, for anyone who may read the dossier. */
  async open(user: AuthenticatedUser, dossierId: string, attachmentId: string): Promise<{ attachment: AttachmentView; stream: Readable; size: number }> {
    const manager = this.dataSource.manager;
    await this.gate.readable(manager, user, dossierId);
    const attachment = UUID.test(attachmentId) ? await manager.getRepository(AttachmentEntity).findOneBy({ id: attachmentId, dossierId }) : null;
    if (!attachment) throw new AttachmentNotFoundError(attachmentId);
    try {
      const { stream, size } = await this.storage.open({ dossierId, attachmentId });
      return { attachment: toAttachmentView(attachment), stream, size };
    } catch (error) {
      if (!(error instanceof StoredFileMissingError)) throw error;
      this.logger.error(`${error.message}: is ATTACHMENTS_DIR shared by every process?`);
      throw new AttachmentContentMissingError(attachmentId);
    }
  }

  /** Only while the dossier is a draft, by its clerk; the bytes go once the row is gone. */
  async remove(user: AuthenticatedUser, dossierId: string, attachmentId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const dossier = await this.gate.readable(manager, user, dossierId, { lock: true });
      this.gate.requireClerk(user, dossier, 'xóa tệp đính kèm');
      this.gate.requireDraft(dossier);
      const attachment = UUID.test(attachmentId) ? await manager.getRepository(AttachmentEntity).findOneBy({ id: attachmentId, dossierId }) : null;
      if (!attachment) throw new AttachmentNotFoundError(attachmentId);
      await manager.getRepository(AttachmentEntity).delete({ id: attachmentId });
      await this.audit.append(manager, [
        {
          dossierId,
          type: 'attachment.deleted',
          actor: user.username,
          occurredAt: this.clock.now(),
          payload: { attachmentId, fileName: attachment.fileName, sha256: attachment.sha256 },
        },
      ]);
    });
    await this.storage.remove({ dossierId, attachmentId }).catch((error: unknown) => this.logger.error(`Could not remove the file of deleted attachment ${attachmentId}`, String(error)));
  }
}
