import type { AttachmentEntity } from '../entities/attachment.entity';

export interface AttachmentView {
  id: string;
  dossierId: string;
  nomineeId: string | null;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  description: string | null;
  uploadedBy: string;
  uploadedAt: string;
}

export function toAttachmentView(attachment: AttachmentEntity): AttachmentView {
  return {
    id: attachment.id,
    dossierId: attachment.dossierId,
    nomineeId: attachment.nomineeId,
    fileName: attachment.fileName,
    contentType: attachment.contentType,
    sizeBytes: attachment.sizeBytes,
    sha256: attachment.sha256,
    description: attachment.description,
    uploadedBy: attachment.uploadedBy,
    uploadedAt: new Date(attachment.uploadedAt).toISOString(),
  };
}
