import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, VersionColumn, type Relation } from 'typeorm';
import { NomineeEntity } from './nominee.entity';

export type DossierStatus = 'draft' | 'in_progress' | 'closed' | 'failed';

/** Hồ sơ đề nghị khen thưởng: one proposal sent upward with its list of nominees. */
@Entity({ name: 'dossiers' })
@Index(['localityId', 'status'])
@Index('IDX_dossiers_created_at_id', ['createdAt', 'id'])
export class DossierEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** Human reference printed on papers, e.g. HS-2026-000042. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 30 })
  code!: string;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  /** Code and title folded for search (no diacritics, lower case); set by SearchTextSubscriber. */
  @Index('IDX_dossiers_search_text_trgm', { synchronize: false })
  @Column({ name: 'search_text', type: 'text' })
  searchText!: string;

  @Column({ name: 'award_type_code', type: 'varchar', length: 50 })
  awardTypeCode!: string;

  @Column({ name: 'locality_id', type: 'uuid' })
  localityId!: string;

  @Column({ name: 'movement_id', type: 'uuid', nullable: true })
  movementId!: string | null;

  @Column({ type: 'varchar', length: 30 })
  status!: DossierStatus;

  /** Key of the process definition chosen at submit (four-tier or two-tier chain). */
  @Column({ name: 'process_key', type: 'varchar', length: 100, nullable: true })
  processKey!: string | null;

  /**
   * How the chain ended, from the end event's `vd:result` (granted, rejected, withdrawn,
   * expired, submitted…); `resultLabel` is the end event's Vietnamese name.
   */
  @Column({ type: 'varchar', length: 30, nullable: true })
  result!: string | null;

  @Column({ name: 'result_label', type: 'varchar', length: 300, nullable: true })
  resultLabel!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /**
   * The dossier whose decision lifted these nominees to a higher award: a follow-up filed by
   * the deciding unit to the level above (dossiers/outcomes/follow-up-dossiers.ts).
   */
  @Index()
  @Column({ name: 'origin_dossier_id', type: 'uuid', nullable: true })
  originDossierId!: string | null;

  @ManyToOne(() => DossierEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'origin_dossier_id' })
  originDossier?: Relation<DossierEntity> | null;

  @VersionColumn({ type: 'integer' })
  version!: number;

  @OneToMany(() => NomineeEntity, (nominee) => nominee.dossier)
  nominees!: NomineeEntity[];
}
