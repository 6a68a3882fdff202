import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Level } from '@vinh-danh/domain';

/**
 * An administrative unit. Units are never deleted: a reform closes one (`validTo`) and may
 * name its successor, so dossiers filed under it keep pointing at what existed then.
 */
@Entity({ name: 'localities' })
export class LocalityEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  level!: Level;

  @Index()
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom!: string | null;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ name: 'successor_id', type: 'uuid', nullable: true })
  successorId!: string | null;
}
