import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { Level } from '@vinh-danh/domain';
import { DossierEntity } from '../../entities/dossier.entity';
import { NomineeEntity } from '../../entities/nominee.entity';

/**
 * A council's vote on one line at one level, as the minutes (biên bản) print it: members,
 * present, votes for, the threshold of the award the line was voted for and whether it met it.
 */
@Entity({ name: 'nominee_votes' })
@Index(['nomineeId', 'level'], { unique: true })
export class NomineeVoteEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ name: 'nominee_id', type: 'uuid' })
  nomineeId!: string;

  @Column({ type: 'varchar', length: 20 })
  level!: Level;

  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId!: string | null;

  @Column({ type: 'integer' })
  members!: number;

  @Column({ type: 'integer' })
  present!: number;

  @Column({ name: 'votes_for', type: 'integer' })
  votesFor!: number;

  @Column({ name: 'threshold_percent', type: 'integer' })
  thresholdPercent!: number;

  @Column({ type: 'boolean' })
  passed!: boolean;

  /** False when the council voted the list as a whole and this line took the common count. */
  @Column({ name: 'by_nominee', type: 'boolean' })
  byNominee!: boolean;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @ManyToOne(() => NomineeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nominee_id' })
  nominee!: Relation<NomineeEntity>;

  @ManyToOne(() => DossierEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier!: Relation<DossierEntity>;
}
