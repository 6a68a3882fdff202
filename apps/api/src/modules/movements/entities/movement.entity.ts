import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Criterion, Quota } from '@vinh-danh/domain';

/**
 * Phong trào thi đua: a campaign launched by a unit for a period, reviewed at mid-term
 * (sơ kết) and at the end (tổng kết), with the criteria each subject type must meet and
 * the quotas of lines each unit may put forward.
 */
@Entity({ name: 'movements' })
export class MovementEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 60 })
  code!: string;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  /** The unit that launched it (TW for a national movement); its admins edit it. */
  @Index()
  @Column({ name: 'locality_id', type: 'uuid' })
  localityId!: string;

  @Column({ name: 'legal_basis', type: 'varchar', length: 300, nullable: true })
  legalBasis!: string | null;

  @Column({ name: 'period_from', type: 'date' })
  periodFrom!: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo!: string;

  @Column({ name: 'mid_term_review_on', type: 'date', nullable: true })
  midTermReviewOn!: string | null;

  @Column({ name: 'final_review_on', type: 'date', nullable: true })
  finalReviewOn!: string | null;

  /** Where the review dates come from (the plan and section that fixed them). */
  @Column({ name: 'review_basis', type: 'varchar', length: 500, nullable: true })
  reviewBasis!: string | null;

  /** Criteria of every subject type, each naming its own (libs/domain `Criterion`). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  criteria!: Criterion[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  quotas!: Quota[];

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
