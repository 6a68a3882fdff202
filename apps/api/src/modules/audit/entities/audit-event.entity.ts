import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only log of everything that happened (a database trigger refuses UPDATE and
 * DELETE). Events of a dossier are hash-chained: each hash covers the previous one.
 */
@Entity({ name: 'audit_events' })
@Index(['dossierId', 'id'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'dossier_id', type: 'uuid', nullable: true })
  dossierId!: string | null;

  @Column({ name: 'instance_id', type: 'uuid', nullable: true })
  instanceId!: string | null;

  @Column({ type: 'varchar', length: 60 })
  type!: string;

  /** User id, or `system:<component>` for the scheduler and start-up. */
  @Column({ type: 'varchar', length: 100 })
  actor!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64, nullable: true })
  prevHash!: string | null;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;
}
