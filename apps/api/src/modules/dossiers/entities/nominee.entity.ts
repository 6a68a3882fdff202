import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { CriteriaAnswers, SubjectType } from '@vinh-danh/domain';
import { DossierEntity } from './dossier.entity';

export type NomineeKind = 'individual' | 'collective' | 'household' | 'enterprise';

/** One line of the list: a person, a collective, a household or an enterprise. */
@Entity({ name: 'nominees' })
export class NomineeEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 20 })
  kind!: NomineeKind;

  @Column({ name: 'full_name', type: 'varchar', length: 500 })
  fullName!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  title!: string | null;

  /** Name and title folded for search (no diacritics, lower case); set by SearchTextSubscriber. */
  @Index('IDX_nominees_search_text_trgm', { synchronize: false })
  @Column({ name: 'search_text', type: 'text' })
  searchText!: string;

  @Column({ type: 'text', nullable: true })
  achievements!: string | null;

  /** What a collective line stands for (village, commune…) when criteria differ; null = its kind's default. */
  @Column({ name: 'subject_type', type: 'varchar', length: 20, nullable: true })
  subjectType!: SubjectType | null;

  /** Criteria values by criterion code: `{value?: number | boolean, evidence?: string[]}`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  criteria!: CriteriaAnswers;

  /** The line of an earlier dossier this one was copied from when it was lifted to a higher award. */
  @Column({ name: 'origin_nominee_id', type: 'uuid', nullable: true })
  originNomineeId!: string | null;

  @ManyToOne(() => NomineeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'origin_nominee_id' })
  originNominee?: Relation<NomineeEntity> | null;

  @ManyToOne(() => DossierEntity, (dossier) => dossier.nominees, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier!: Relation<DossierEntity>;
}
