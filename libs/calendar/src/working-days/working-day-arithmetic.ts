/**
 * Counting working days the way Vietnamese law counts periods.
 *
 * Convention: a limit of n working days "from" a day (receipt of a complete dossier,
 * resubmission, …) does not count that day; counting starts on the next day, and the period
 * ends at the end of the n-th working day after it.
 *  - Civil Code 2015 (91/2015/QH13) Art. 147(2)–(3): for a period in days, the first day is
 *    not counted, counting starts from the day immediately after; when a period starts with
 *    an event, the day of the event is not counted.
 *  - Art. 148(1), (5), (6): a period in days ends at the end of its last day; if that day is a
 *    weekend day or holiday, the period ends at the end of the next working day; the last
 *    day ends at 24:00. Counting only working days makes the last day a working day anyway.
 *  - Art. 145(1) lets another law set a different method. DESIGN.md says commendation limits
 *    run "from the day a complete dossier arrives"; no different method for commendation
 *    dossiers was found (the decree's own text was not checked), so the Civil Code applies.
 * So a dossier received on Monday with a 1-working-day limit is due at the end of Tuesday.
 */
import { type IsoDate, fromJulianDayNumber, toJulianDayNumber } from '../dates/iso-date';
import { OFFICIAL_YEAR_CALENDARS } from '../holidays/official-year-calendars';
import { type YearCalendars, isWorkingJulianDay } from './day-status';

function assertWholeNumber(name: string, value: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a whole number, not ${value}`);
}

/**
 * The n-th working day after `start` (`start` itself never counts). n = 0 gives `start`;
 * a negative n counts backwards: the |n|-th working day before `start` (e.g. to post a list
 * publicly for 10 working days before a council meeting).
 */
export function addWorkingDays(start: IsoDate, n: number, calendars: YearCalendars = OFFICIAL_YEAR_CALENDARS): IsoDate {
  assertWholeNumber('n', n);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let jdn = toJulianDayNumber(start);
  while (remaining > 0) {
    jdn += step;
    if (isWorkingJulianDay(jdn, calendars)) remaining--;
  }
  return fromJulianDayNumber(jdn);
}

/**
 * Working days after `from` up to and including `to` — the inverse of `addWorkingDays` for
 * n ≥ 0: `workingDaysBetween(a, addWorkingDays(a, n)) === n`. 0 when the dates are equal;
 * when `to` is before `from`, minus the count the other way round.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendars: YearCalendars = OFFICIAL_YEAR_CALENDARS): number {
  const first = toJulianDayNumber(from);
  const last = toJulianDayNumber(to);
  if (last < first) return -workingDaysBetween(to, from, calendars);
  let count = 0;
  for (let jdn = first + 1; jdn <= last; jdn++) {
    if (isWorkingJulianDay(jdn, calendars)) count++;
  }
  return count;
}
