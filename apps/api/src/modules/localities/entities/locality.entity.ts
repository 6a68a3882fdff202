import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AreaClass, Level } from '@vinh-danh/domain';

/** JSON figures, keyed by what they measure (`nearPoorHouseholds`, …). */
export type LocalityFacts = Record<string, string | number | boolean | null | object>;

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

  /** The unit that took over after a merger; its predecessors point at it. */
  @Index()
  @Column({ name: 'successor_id', type: 'uuid', nullable: true })
  successorId!: string | null;

  /** Khu vực I, II or III of a commune, for criteria thresholds that depend on it; null = not classified. */
  @Column({ name: 'area_class', type: 'varchar', length: 3, nullable: true })
  areaClass!: AreaClass | null;

  /**
   * Figures about the unit that criteria may need, with their source, e.g. the near-poor
   * households a 2022 district plan counted per ward. Free-form: they vary by movement.
   */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  facts!: LocalityFacts;
}
