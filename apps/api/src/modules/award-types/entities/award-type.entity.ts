import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Level } from '@vinh-danh/domain';

/** A form of commendation (hình thức khen thưởng / danh hiệu) and who grants it. */
@Entity({ name: 'award_types' })
export class AwardTypeEntity {
  @PrimaryColumn({ type: 'varchar', length: 50 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The level whose chairman grants it; `central` stands for the Prime Minister or President. */
  @Column({ name: 'granting_level', type: 'varchar', length: 20 })
  grantingLevel!: Level;

  @Column({ name: 'granted_by', type: 'varchar', length: 200 })
  grantedBy!: string;

  /** Percent of all council members whose "for" vote is needed. */
  @Column({ name: 'council_threshold_percent', type: 'integer' })
  councilThresholdPercent!: number;

  @Column({ name: 'subject_types', type: 'jsonb', default: () => "'[]'" })
  subjectTypes!: string[];

  @Column({ name: 'legal_basis', type: 'varchar', length: 300, nullable: true })
  legalBasis!: string | null;

  /** Last day it may be proposed (e.g. district Giấy khen until 30/6/2025); null = open. */
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  /** What a complete dossier for it holds (thành phần hồ sơ), in order. */
  @Column({ name: 'required_documents', type: 'jsonb', default: () => "'[]'" })
  requiredDocuments!: RequiredDocument[];

  /** Working days each level has for a complete dossier, with the text that sets them. */
  @Column({ name: 'processing_limits', type: 'jsonb', default: () => "'[]'" })
  processingLimits!: ProcessingLimit[];
}

export interface RequiredDocument {
  /** Stable code, e.g. `submission`, `achievement-report`, `minutes`. */
  code: string;
  name: string;
}

export interface ProcessingLimit {
  level: Level;
  workingDays: number;
  legalBasis: string;
}
