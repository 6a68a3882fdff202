import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { Level, NomineeOutcomeStatus } from '@vinh-danh/domain';
import { DossierEntity } from '../../entities/dossier.entity';
import { NomineeEntity } from '../../entities/nominee.entity';

/**
 * A line's outcome at one level (kết quả xét của từng cấp): approved, dropped with a reason,
 * or lifted to a higher award. One row per line and level; the steps of a level (appraisal,
 * council, chairman) refine it in turn.
 */
@Entity({ name: 'nominee_outcomes' })
@Index(['nomineeId', 'level'], { unique: true })
@Check(
  'CHK_nominee_outcomes_status',
  `("status" = 'approved') OR ("status" = 'dropped' AND "reason" IS NOT NULL) OR ("status" = 'lifted' AND "lifted_to_award_code" IS NOT NULL)`,
)
export class NomineeOutcomeEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ name: 'nominee_id', type: 'uuid' })
  nomineeId!: string;

  @Column({ type: 'varchar', length: 20 })
  level!: Level;

  @Column({ type: 'varchar', length: 20 })
  status!: NomineeOutcomeStatus;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'lifted_to_award_code', type: 'varchar', length: 50, nullable: true })
  liftedToAwardCode!: string | null;

  /** The step that settled it last; null for outcomes written outside a task. */
  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId!: string | null;

  @Column({ name: 'decided_by', type: 'uuid' })
  decidedBy!: string;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;

  @ManyToOne(() => NomineeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nominee_id' })
  nominee!: Relation<NomineeEntity>;

  @ManyToOne(() => DossierEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier!: Relation<DossierEntity>;
}
