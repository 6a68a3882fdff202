import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import type { EngineState, InstanceStatus } from '@vinh-danh/engine';

/** A running (or ended) process. `version` guards every write: stale writers get a 409. */
@Entity({ name: 'process_instances' })
export class ProcessInstanceEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'definition_id', type: 'uuid' })
  definitionId!: string;

  @Index({ unique: true })
  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: InstanceStatus;

  @Column({ type: 'jsonb' })
  state!: EngineState;

  @VersionColumn({ type: 'integer' })
  version!: number;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'end_element_id', type: 'varchar', length: 200, nullable: true })
  endElementId!: string | null;

  @Column({ name: 'end_name', type: 'varchar', length: 300, nullable: true })
  endName!: string | null;

  @Column({ name: 'error_code', type: 'varchar', length: 100, nullable: true })
  errorCode!: string | null;
}
