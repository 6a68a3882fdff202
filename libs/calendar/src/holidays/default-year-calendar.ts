import { type IsoDate, addDays, isWeekend } from '../dates/iso-date';
import { statutoryHolidays } from './statutory-holidays';
import type { Holiday, ReasonedDay, YearCalendar } from './year-calendar';

/**
 * Nghỉ bù. Labour Code 2019 Art. 111(3): when the weekly rest day coincides with a holiday of
 * Art. 112(1), the worker takes the rest day on the next working day. For a Monday–Friday
 * week each holiday on a Saturday or Sunday gives one day off on the next weekday that is not
 * itself a holiday or an earlier day in lieu — so a Tết spanning a weekend pushes its days in
 * lieu past its end, as in 2024 (10–11/2 → 13–14/2).
 */
export function daysOffInLieuFor(holidays: readonly Holiday[]): ReasonedDay[] {
  const taken = new Set<IsoDate>(holidays.map((holiday) => holiday.date));
  const result: ReasonedDay[] = [];
  const inDateOrder = [...holidays].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const holiday of inDateOrder) {
    if (!isWeekend(holiday.date)) continue;
    let candidate = addDays(holiday.date, 1);
    while (isWeekend(candidate) || taken.has(candidate)) candidate = addDays(candidate, 1);
    taken.add(candidate);
    result.push({ date: candidate, reason: `Nghỉ bù: ${holiday.name} ngày ${holiday.date} trùng ngày nghỉ hằng tuần` });
  }
  return result;
}

const defaultsByYear = new Map<number, YearCalendar>();

/**
 * The schedule the rules give for a year when no official one is known: the statutory
 * holidays with default day choices and the days off in lieu, no swaps (swaps are decided
 * case by case, so only an official or admin-edited schedule has them). Memoised: a pure
 * function of the year.
 */
export function defaultYearCalendar(year: number): YearCalendar {
  const cached = defaultsByYear.get(year);
  if (cached) return cached;
  const holidays = statutoryHolidays(year);
  const calendar: YearCalendar = {
    year,
    holidays,
    daysOffInLieu: daysOffInLieuFor(holidays),
    swappedWorkingDays: [],
    extraDaysOff: [],
    source: 'Computed from Labour Code 2019 Art. 111(3) and 112 (default day choices, no swaps)',
  };
  defaultsByYear.set(year, calendar);
  return calendar;
}
