import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DossierEntity } from '../../dossiers/entities/dossier.entity';
import type { IssuedKind } from '../kinds/document-kind';

/**
 * A document as issued at a step of the chain: the bytes live in the documents store under
 * `storagePath` and never change; this row says what they are. A signed decision is a new
 * row beside the unsigned one, which stays as history. Rows are only ever inserted.
 */
@Entity({ name: 'issued_documents' })
@Index('UQ_issued_documents_dossier_issue_key', ['dossierId', 'issueKey'], { unique: true })
export class IssuedDocumentEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_issued_documents' })
  id!: string;

  @Index('IDX_issued_documents_dossier_id')
  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ type: 'varchar', length: 30 })
  kind!: IssuedKind;

  /**
   * What makes this issuance unique within the dossier ("submission", "minutes:<task id>",
   * "decision:<task id>:signed"), so two processes issuing the same paper at once leave one row.
   */
  @Column({ name: 'issue_key', type: 'varchar', length: 120 })
  issueKey!: string;

  /** For a per-nominee document; none of the kinds issued today is one. */
  @Column({ name: 'nominee_id', type: 'uuid', nullable: true })
  nomineeId!: string | null;

  /** The level whose paper it is (commune, district, province, central). */
  @Column({ type: 'varchar', length: 20 })
  level!: string;

  /** The step (task) that made it: the council vote for minutes, the chairman's decision. */
  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId!: string | null;

  /** Hex SHA-256 of the stored bytes, served as the ETag. */
  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ name: 'page_count', type: 'integer' })
  pageCount!: number;

  /** Relative to DOCUMENTS_DIR: `<dossier id>/<document id>`. */
  @Column({ name: 'storage_path', type: 'varchar', length: 200 })
  storagePath!: string;

  @Column({ name: 'issued_by', type: 'varchar', length: 100 })
  issuedBy!: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;

  @Column({ type: 'boolean', default: false })
  signed!: boolean;

  /** The signing certificate's subject ("CN=…, O=…, C=VN") of a signed document. */
  @Column({ name: 'signer_subject', type: 'varchar', length: 500, nullable: true })
  signerSubject!: string | null;

  @ManyToOne(() => DossierEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'dossier_id', foreignKeyConstraintName: 'FK_issued_documents_dossier_id' })
  dossier!: Relation<DossierEntity>;
}
