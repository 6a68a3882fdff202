import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OFFICIAL_YEAR_CALENDARS, defaultYearCalendar, withBuiltInCalendars, type YearCalendar, type YearCalendars } from '@vinh-danh/calendar';
import { CalendarYearEntity } from './entities/calendar-year.entity';

/** Where a year's effective schedule comes from. */
export type CalendarOrigin = 'edited' | 'official' | 'rules';

export interface EffectiveYearCalendar {
  calendar: YearCalendar;
  origin: CalendarOrigin;
  /** For an edited year: who saved it and when. */
  updatedBy: string | null;
  updatedAt: Date | null;
}

interface Snapshot {
  /** Digest of the stored rows' content when they were read. */
  signature: string;
  calendars: YearCalendars;
  edits: Map<number, CalendarYearEntity>;
}

/**
 * The working-day schedules every deadline is counted with: the admins' stored edits first,
 * then the built-in official schedules, then the rules (libs/calendar falls back to
 * `defaultYearCalendar` for years in neither).
 *
 * Kept in memory, and the same array is handed out until something changes (libs/calendar
 * indexes each array once). Any api process may save an edit, so each read first asks the
 * database for a digest of the table's content: one aggregate over a handful of rows,
 * cheaper than a re-read and exact whatever the processes' clocks say. Pass the caller's
 * transaction manager when inside one (on PGlite there is only one connection).
 */
@Injectable()
export class CalendarStore {
  private snapshot: Snapshot | undefined;

  constructor(private readonly dataSource: DataSource) {}

  async calendars(manager?: EntityManager): Promise<YearCalendars> {
    return (await this.current(manager)).calendars;
  }

  async effectiveYear(year: number, manager?: EntityManager): Promise<EffectiveYearCalendar> {
    const edit = (await this.current(manager)).edits.get(year);
    if (edit) return { calendar: edit.calendar, origin: 'edited', updatedBy: edit.updatedBy, updatedAt: edit.updatedAt };
    const official = OFFICIAL_YEAR_CALENDARS.find((calendar) => calendar.year === year);
    return { calendar: official ?? defaultYearCalendar(year), origin: official ? 'official' : 'rules', updatedBy: null, updatedAt: null };
  }

  /** Forgets the snapshot, so this process sees its own write even before the digest is read. */
  invalidate(): void {
    this.snapshot = undefined;
  }

  /**
   * The calendars, given the digest a caller selected itself (`CALENDAR_SIGNATURE_SQL`, beside
   * its own reads in one statement); they are read again only if it changed.
   */
  async calendarsFor(signature: string, manager?: EntityManager): Promise<YearCalendars> {
    return (await this.current(manager, signature)).calendars;
  }

  private async current(manager: EntityManager = this.dataSource.manager, knownSignature?: string): Promise<Snapshot> {
    const signature = knownSignature ?? (await this.signature(manager));
    if (this.snapshot?.signature === signature) return this.snapshot;
    // Read after the digest: a write landing in between only causes one more re-read later.
    const rows = await manager.getRepository(CalendarYearEntity).find({ order: { year: 'ASC' } });
    const snapshot: Snapshot = {
      signature,
      calendars: withBuiltInCalendars(rows.map((row) => row.calendar)),
      edits: new Map(rows.map((row) => [row.year, row])),
    };
    this.snapshot = snapshot;
    return snapshot;
  }

  private async signature(manager: EntityManager): Promise<string> {
    const [row] = (await manager.query(`SELECT ${CALENDAR_SIGNATURE_SQL} AS signature`)) as Array<{ signature: string }>;
    return row?.signature ?? '';
  }
}

/** A SQL expression for the digest of the stored calendars: how many years, and their content. */
export const CALENDAR_SIGNATURE_SQL = `(SELECT count(*)::int || ':' || coalesce(md5(string_agg(year::text || '=' || calendar::text, '|' ORDER BY year)), '') FROM calendar_years)`;
