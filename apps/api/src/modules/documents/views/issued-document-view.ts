import type { IssuedDocumentEntity } from '../entities/issued-document.entity';

export interface IssuedDocumentView {
  id: string;
  kind: string;
  level: string;
  taskId: string | null;
  nomineeId: string | null;
  sha256: string;
  sizeBytes: number;
  pageCount: number;
  issuedBy: string;
  issuedAt: string;
  signed: boolean;
  signerSubject: string | null;
  /** This very issue; `{kind}.pdf` without `issuedId` serves the newest (a signed decision before the unsigned one). */
  href: string;
}

export function toIssuedDocumentView(row: IssuedDocumentEntity): IssuedDocumentView {
  return {
    id: row.id,
    kind: row.kind,
    level: row.level,
    taskId: row.taskId,
    nomineeId: row.nomineeId,
    sha256: row.sha256,
    sizeBytes: row.sizeBytes,
    pageCount: row.pageCount,
    issuedBy: row.issuedBy,
    issuedAt: row.issuedAt.toISOString(),
    signed: row.signed,
    signerSubject: row.signerSubject,
    href: `/api/dossiers/${row.dossierId}/documents/${row.kind}.pdf?issuedId=${row.id}`,
  };
}
