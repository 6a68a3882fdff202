import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type TimerJobStatus = 'pending' | 'fired' | 'cancelled' | 'failed';

/**
 * A timer the engine armed, kept as a row so it survives restarts and fires exactly once
 * whatever the number of api processes (claimed with FOR UPDATE SKIP LOCKED).
 */
@Entity({ name: 'timer_jobs' })
@Index(['status', 'dueAt'])
@Index(['instanceId', 'executionId'], { unique: true })
export class TimerJobEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'instance_id', type: 'uuid' })
  instanceId!: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ name: 'execution_id', type: 'varchar', length: 200 })
  executionId!: string;

  @Column({ name: 'element_id', type: 'varchar', length: 200 })
  elementId!: string;

  @Column({ name: 'attached_to_element_id', type: 'varchar', length: 200, nullable: true })
  attachedToElementId!: string | null;

  @Column({ name: 'timer_value', type: 'varchar', length: 200 })
  timerValue!: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'varchar', length: 20 })
  status!: TimerJobStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
