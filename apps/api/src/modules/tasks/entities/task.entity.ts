import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Role } from '@vinh-danh/domain';

export type TaskStatus = 'open' | 'completed' | 'cancelled';

/** The inbox projection of a waiting user task; rewritten in the same transaction as the state. */
@Entity({ name: 'tasks' })
@Index(['status', 'localityId', 'candidateRole'])
@Index(['instanceId', 'executionId'], { unique: true })
// The supervisors' bottleneck view: a subtree's completions in a window (modules/monitoring).
@Index('IDX_tasks_locality_completed_at', ['localityId', 'completedAt'])
export class TaskEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'instance_id', type: 'uuid' })
  instanceId!: string;

  @Index()
  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ name: 'execution_id', type: 'varchar', length: 200 })
  executionId!: string;

  @Column({ name: 'element_id', type: 'varchar', length: 200 })
  elementId!: string;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  level!: string;

  @Column({ name: 'locality_id', type: 'uuid' })
  localityId!: string;

  @Column({ name: 'candidate_role', type: 'varchar', length: 20 })
  candidateRole!: Role;

  @Column({ type: 'varchar', length: 100, nullable: true })
  assignee!: string | null;

  @Column({ type: 'jsonb' })
  outcomes!: string[];

  @Column({ name: 'form_key', type: 'varchar', length: 100, nullable: true })
  formKey!: string | null;

  @Column({ name: 'limit_working_days', type: 'integer', nullable: true })
  limitWorkingDays!: number | null;

  @Column({ name: 'legal_basis', type: 'varchar', length: 300, nullable: true })
  legalBasis!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: TaskStatus;

  @Column({ type: 'varchar', length: 50, nullable: true })
  outcome!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  data!: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'completed_by', type: 'varchar', length: 100, nullable: true })
  completedBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}
