import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DossierEntity } from '../../dossiers/entities/dossier.entity';
import { NomineeEntity } from '../../dossiers/entities/nominee.entity';

/**
 * A file attached to a dossier (evidence, reports, scans). The bytes live in `FileStorage`
 * under the attachment's id; this row says what they are. `nomineeId` ties evidence to one
 * line of the list, and is cleared (not the attachment) when an import replaces the list.
 */
@Entity({ name: 'attachments' })
export class AttachmentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Index()
  @Column({ name: 'nominee_id', type: 'uuid', nullable: true })
  nomineeId!: string | null;

  /** The uploaded name without any path or control characters, NFC. */
  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  /** Decided from the content, never from what the client claimed. */
  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  /** Hex SHA-256 of the content, served as the download's ETag and Digest. */
  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  description!: string | null;

  @Column({ name: 'uploaded_by', type: 'varchar', length: 100 })
  uploadedBy!: string;

  @Column({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;

  @ManyToOne(() => DossierEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'dossier_id' })
  dossier!: Relation<DossierEntity>;

  @ManyToOne(() => NomineeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'nominee_id' })
  nominee!: Relation<NomineeEntity> | null;
}
