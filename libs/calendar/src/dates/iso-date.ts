/**
 * Calendar dates as `YYYY-MM-DD` strings, with arithmetic on Julian day numbers.
 *
 * Why not JS `Date`: a `Date` is an instant, and `new Date('2024-02-10')` is midnight UTC,
 * which is 07:00 in Vietnam but still the 9th in most of the Americas. Deadlines here are
 * calendar dates in Vietnam, so they are kept as plain strings and all arithmetic works on
 * the Julian day number (JDN): an integer count of days, free of time zones and DST.
 */

/** A calendar date in Vietnam, `YYYY-MM-DD` (proleptic Gregorian calendar). */
export type IsoDate = string;

/** Day of the week as JS numbers it: 0 = Sunday, 1 = Monday, … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits and validates a `YYYY-MM-DD` string; throws a RangeError for anything else (e.g. 2025-02-29). */
export function parseIsoDate(date: IsoDate): DateParts {
  const match = ISO_DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: "${date}"`);
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > daysInMonth(parts.year, parts.month)) {
    throw new RangeError(`No such calendar date: "${date}"`);
  }
  return parts;
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isGregorianLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isGregorianLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Julian day number of a Gregorian date (the integer JD of its noon), after the classic
 * Fliegel–Van Flandern integer formula: shifting the year to start in March puts the leap
 * day last, so month lengths follow the (153·m + 2) / 5 pattern.
 */
export function julianDayNumberOf({ year, month, day }: DateParts): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** Inverse of {@link julianDayNumberOf}. */
export function datePartsOfJulianDayNumber(jdn: number): DateParts {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

export function toJulianDayNumber(date: IsoDate): number {
  return julianDayNumberOf(parseIsoDate(date));
}

export function fromJulianDayNumber(jdn: number): IsoDate {
  return formatIsoDate(datePartsOfJulianDayNumber(jdn));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromJulianDayNumber(toJulianDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toJulianDayNumber(to) - toJulianDayNumber(from);
}

export function weekdayOf(date: IsoDate): Weekday {
  // JDN 0 was a Monday, so JDN + 1 (mod 7) counts from Sunday = 0.
  return ((toJulianDayNumber(date) + 1) % 7) as Weekday;
}

/** Saturday or Sunday: the weekly rest of civil servants (40-hour, five-day week). */
export function isWeekend(date: IsoDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

/** Sort comparator; `YYYY-MM-DD` strings already sort chronologically. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function yearOf(date: IsoDate): number {
  return parseIsoDate(date).year;
}
