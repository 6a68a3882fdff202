import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { YearCalendar } from '@vinh-danh/calendar';

/**
 * An admin's edit of one year's schedule of days off. It replaces the built-in official
 * schedule of that year (or the rule-based default) as a whole; see CalendarStore.
 */
@Entity({ name: 'calendar_years' })
export class CalendarYearEntity {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'jsonb' })
  calendar!: YearCalendar;

  /** Username of the admin who saved it last. */
  @Column({ name: 'updated_by', type: 'varchar', length: 100 })
  updatedBy!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
