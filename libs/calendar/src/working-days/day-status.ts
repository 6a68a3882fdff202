import { type IsoDate, datePartsOfJulianDayNumber, isWeekend, julianDayNumberOf, toJulianDayNumber } from '../dates/iso-date';
import { defaultYearCalendar } from '../holidays/default-year-calendar';
import { OFFICIAL_YEAR_CALENDARS } from '../holidays/official-year-calendars';
import type { YearCalendar } from '../holidays/year-calendar';

/**
 * The schedules a computation uses. For each year the FIRST calendar with that `year` wins;
 * a year with none falls back to `defaultYearCalendar` (the rules). Treat the array as
 * immutable: lookups are cached per array.
 */
export type YearCalendars = readonly YearCalendar[];

export type DayKind = 'weekday' | 'weekend' | 'holiday' | 'dayOffInLieu' | 'extraDayOff' | 'swappedWorkingDay';

export interface DayStatus {
  readonly date: IsoDate;
  readonly isWorkingDay: boolean;
  readonly kind: DayKind;
  /** The holiday's name or the reason, for the kinds that have one. */
  readonly label?: string;
}

interface ScheduledDay {
  readonly kind: Exclude<DayKind, 'weekday' | 'weekend'>;
  readonly label: string;
}

const PRECEDENCE: Record<ScheduledDay['kind'], number> = { holiday: 3, dayOffInLieu: 2, extraDayOff: 1, swappedWorkingDay: 0 };

/**
 * Lazily built per calendars array: the resolved schedules' days, keyed by Julian day number
 * so working-day loops step through integers instead of formatting and parsing strings.
 */
class CalendarIndex {
  private readonly calendarsLoaded = new Set<YearCalendar>();
  private readonly neighbourhoodsLoaded = new Set<number>();
  private readonly scheduledDays = new Map<number, ScheduledDay>();

  /** The Julian day numbers of the year whose neighbourhood was loaded last (a fast path). */
  private readyFrom = Infinity;
  private readyTo = -Infinity;

  constructor(private readonly calendars: YearCalendars) {}

  scheduledDay(jdn: number): ScheduledDay | undefined {
    if (jdn < this.readyFrom || jdn > this.readyTo) this.loadNeighbourhoodOf(jdn);
    return this.scheduledDays.get(jdn);
  }

  private loadNeighbourhoodOf(jdn: number): void {
    const { year } = datePartsOfJulianDayNumber(jdn);
    if (!this.neighbourhoodsLoaded.has(year)) {
      this.load(calendarForYear(year, this.calendars));
      // A given schedule may place a swap in the neighbouring year (the rules' defaults never
      // do), so the neighbours' given schedules are loaded too.
      for (const neighbour of this.calendars) {
        if (neighbour.year === year - 1 || neighbour.year === year + 1) this.load(calendarForYear(neighbour.year, this.calendars));
      }
      this.neighbourhoodsLoaded.add(year);
    }
    this.readyFrom = julianDayNumberOf({ year, month: 1, day: 1 });
    this.readyTo = julianDayNumberOf({ year, month: 12, day: 31 });
  }

  private load(calendar: YearCalendar): void {
    if (this.calendarsLoaded.has(calendar)) return;
    this.calendarsLoaded.add(calendar);
    // When two entries name the same day (a data error that validateYearCalendar reports),
    // the stronger kind wins whatever the loading order: a holiday is never worked.
    const put = (date: IsoDate, day: ScheduledDay): void => {
      const jdn = toJulianDayNumber(date);
      const existing = this.scheduledDays.get(jdn);
      if (!existing || PRECEDENCE[day.kind] > PRECEDENCE[existing.kind]) this.scheduledDays.set(jdn, day);
    };
    for (const { date, name } of calendar.holidays) put(date, { kind: 'holiday', label: name });
    for (const { date, reason } of calendar.daysOffInLieu) put(date, { kind: 'dayOffInLieu', label: reason });
    for (const { date, reason } of calendar.extraDaysOff) put(date, { kind: 'extraDayOff', label: reason });
    for (const { date, reason } of calendar.swappedWorkingDays) put(date, { kind: 'swappedWorkingDay', label: reason });
  }
}

const indexes = new WeakMap<YearCalendars, CalendarIndex>();

function indexOf(calendars: YearCalendars): CalendarIndex {
  let index = indexes.get(calendars);
  if (!index) {
    index = new CalendarIndex(calendars);
    indexes.set(calendars, index);
  }
  return index;
}

/** Saturday or Sunday, from a Julian day number (JDN 0 was a Monday). */
function isWeekendJulianDay(jdn: number): boolean {
  const weekday = (jdn + 1) % 7; // 0 = Sunday
  return weekday === 0 || weekday === 6;
}

/**
 * `isWorkingDay` on a Julian day number, for loops over many days. Callers get one from
 * `toJulianDayNumber`; the array is looked up once per call, so pass the same array.
 */
export function isWorkingJulianDay(jdn: number, calendars: YearCalendars = OFFICIAL_YEAR_CALENDARS): boolean {
  const scheduled = indexOf(calendars).scheduledDay(jdn);
  if (scheduled) return scheduled.kind === 'swappedWorkingDay';
  return !isWeekendJulianDay(jdn);
}

/** The schedule used for `year`: the first given one for that year, else the rules' default. */
export function calendarForYear(year: number, calendars: YearCalendars = OFFICIAL_YEAR_CALENDARS): YearCalendar {
  return calendars.find((calendar) => calendar.year === year) ?? defaultYearCalendar(year);
}

/** Whether a date is worked, and why not. */
export function dayStatus(date: IsoDate, calendars: YearCalendars = OFFICIAL_YEAR_CALENDARS): DayStatus {
  const scheduled = indexOf(calendars).scheduledDay(toJulianDayNumber(date));
  if (scheduled) {
    return { date, isWorkingDay: scheduled.kind === 'swappedWorkingDay', kind: scheduled.kind, label: scheduled.label };
  }
  return isWeekend(date) ? { date, isWorkingDay: false, kind: 'weekend' } : { date, isWorkingDay: true, kind: 'weekday' };
}

/**
 * A working day (ngày làm việc) of a state agency: Monday–Friday, minus holidays, days off
 * in lieu and extra days off, plus the Saturdays swapped into working days.
 */
export function isWorkingDay(date: IsoDate, calendars: YearCalendars = OFFICIAL_YEAR_CALENDARS): boolean {
  return isWorkingJulianDay(toJulianDayNumber(date), calendars);
}
