/**
 * Solar ↔ lunar conversion for the Vietnamese lunisolar calendar (âm lịch).
 *
 * The rules (Hồ Ngọc Đức, "Thuật toán tính âm lịch"):
 *  1. A month starts on the day (in local time) that contains the new moon.
 *  2. The winter solstice always falls in month 11.
 *  3. A lunar year from month 11 to the next month 11 with 13 months has a leap month: the
 *     first month after the solstice that contains no major solar term (Trung khí).
 *  4. Everything is reckoned at the meridian of the country's civil time: UTC+7 for Vietnam
 *     (since 1967 in the North, 1975 in the South). China reckons at UTC+8, which is why the
 *     two calendars sometimes disagree by a day, or — when the month 11 or the leap month
 *     moves — by a whole month, as with Tết 1985 (21 January in Vietnam, 20 February in
 *     China). The offset is a parameter so that difference can be shown and tested.
 *
 * Why no npm package: the registry's Vietnamese lunar packages (@dqcai/vn-lunar,
 * vietnamese-lunar-calendar, amlich) each have a single release; the algorithm is short and
 * well known, so it lives here, readable and tested.
 */
import { type IsoDate, fromJulianDayNumber, julianDayNumberOf, parseIsoDate, toJulianDayNumber } from '../dates/iso-date';
import { VIETNAM_UTC_OFFSET_HOURS } from '../dates/vietnam-time';
import { NEW_MOON_ZERO_JULIAN_DAY, SYNODIC_MONTH_DAYS, newMoonJulianDay, sunLongitudeRadians } from './astronomy';

export interface LunarDate {
  /** The lunar year, numbered by the Gregorian year in which its first day (Tết) falls. */
  readonly year: number;
  /** 1–12; a leap month carries the number of the month it follows. */
  readonly month: number;
  /** 1–30. */
  readonly day: number;
  readonly isLeapMonth: boolean;
}

/** Years the truncated astronomy is trusted for (Hồ Ngọc Đức states 1800–2199). */
export const SUPPORTED_LUNAR_YEARS = { from: 1800, to: 2199 } as const;

/** Julian day number of the local day containing the k-th new moon. */
function newMoonDay(k: number, utcOffsetHours: number): number {
  // +0.5 turns a Julian day (which starts at noon) into a day count starting at midnight UT;
  // + offset/24 moves that midnight to local midnight.
  return Math.floor(newMoonJulianDay(k) + 0.5 + utcOffsetHours / 24);
}

/**
 * Which 30° sector of the ecliptic (0–11) the sun is in at local midnight starting a day.
 * A major solar term is the sun crossing a multiple of 30°; sector 9 begins at 270°, the
 * winter solstice. A month whose start and next month's start share a sector has no major term.
 */
function sunSectorAtStartOf(jdn: number, utcOffsetHours: number): number {
  const localMidnightJulianDay = jdn - 0.5 - utcOffsetHours / 24;
  return Math.floor(sunLongitudeRadians(localMidnightJulianDay) / (Math.PI / 6));
}

/** Index k of the new moon nearest to a given day. */
function nearestNewMoonIndex(jdn: number): number {
  return Math.floor((jdn - NEW_MOON_ZERO_JULIAN_DAY) / SYNODIC_MONTH_DAYS + 0.5);
}

const month11Starts = new Map<string, number>();

/**
 * First day (JDN) of the lunar month 11 that contains the winter solstice of `gregorianYear`.
 * Every conversion needs two of these, so they are memoised (a pure function of its inputs).
 */
function month11Start(gregorianYear: number, utcOffsetHours: number): number {
  const key = `${gregorianYear}@${utcOffsetHours}`;
  let start = month11Starts.get(key);
  if (start === undefined) {
    start = computeMonth11Start(gregorianYear, utcOffsetHours);
    month11Starts.set(key, start);
  }
  return start;
}

function computeMonth11Start(gregorianYear: number, utcOffsetHours: number): number {
  const lastDayOfYear = julianDayNumberOf({ year: gregorianYear, month: 12, day: 31 });
  const k = Math.floor((lastDayOfYear - NEW_MOON_ZERO_JULIAN_DAY) / SYNODIC_MONTH_DAYS);
  const lastNewMoonBeforeYearEnd = newMoonDay(k, utcOffsetHours);
  // If the sun has already passed 270° when that month begins, the solstice fell in the
  // month before, which is therefore month 11.
  return sunSectorAtStartOf(lastNewMoonBeforeYearEnd, utcOffsetHours) >= 9
    ? newMoonDay(k - 1, utcOffsetHours)
    : lastNewMoonBeforeYearEnd;
}

/**
 * In a 13-month span starting at month 11 (JDN `month11`), how many months after it the leap
 * month comes: the first month whose start and end lie in the same sun sector.
 */
function leapMonthOffset(month11: number, utcOffsetHours: number): number {
  const k = nearestNewMoonIndex(month11);
  let offset = 1;
  let sectorAtStart = sunSectorAtStartOf(newMoonDay(k + offset, utcOffsetHours), utcOffsetHours);
  while (offset < 14) {
    const sectorAtEnd = sunSectorAtStartOf(newMoonDay(k + offset + 1, utcOffsetHours), utcOffsetHours);
    if (sectorAtEnd === sectorAtStart) return offset;
    sectorAtStart = sectorAtEnd;
    offset++;
  }
  throw new Error(`No month without a major solar term after JDN ${month11}`);
}

function assertSupportedYear(year: number): void {
  if (!Number.isInteger(year) || year < SUPPORTED_LUNAR_YEARS.from || year > SUPPORTED_LUNAR_YEARS.to) {
    throw new RangeError(`Lunar conversion supports ${SUPPORTED_LUNAR_YEARS.from}–${SUPPORTED_LUNAR_YEARS.to}, not ${year}`);
  }
}

/** The lunar date of a Gregorian date, reckoned at UTC+7 unless told otherwise. */
export function solarToLunar(date: IsoDate, utcOffsetHours: number = VIETNAM_UTC_OFFSET_HOURS): LunarDate {
  const { year } = parseIsoDate(date);
  assertSupportedYear(year);
  const jdn = toJulianDayNumber(date);

  // The month containing `jdn` starts at the last new-moon day on or before it. The index
  // from the MEAN month can be one too high (a true new moon runs up to ~14 h off the mean
  // one, e.g. around 2054-05-07), so step back until the new moon is not after `jdn`.
  let k = Math.floor((jdn - NEW_MOON_ZERO_JULIAN_DAY) / SYNODIC_MONTH_DAYS) + 1;
  while (newMoonDay(k, utcOffsetHours) > jdn) k--;
  const monthStart = newMoonDay(k, utcOffsetHours);

  // Bracket the date between two consecutive months 11 (a "suì", solstice to solstice).
  let previousMonth11 = month11Start(year, utcOffsetHours);
  let nextMonth11 = previousMonth11;
  let lunarYear: number;
  if (previousMonth11 >= monthStart) {
    lunarYear = year;
    previousMonth11 = month11Start(year - 1, utcOffsetHours);
  } else {
    lunarYear = year + 1;
    nextMonth11 = month11Start(year + 1, utcOffsetHours);
  }

  const monthsAfterMonth11 = Math.floor((monthStart - previousMonth11) / 29);
  let month = monthsAfterMonth11 + 11;
  let isLeapMonth = false;
  if (nextMonth11 - previousMonth11 > 365) {
    const leapOffset = leapMonthOffset(previousMonth11, utcOffsetHours);
    if (monthsAfterMonth11 >= leapOffset) {
      month = monthsAfterMonth11 + 10; // the leap month and those after it number one lower
      isLeapMonth = monthsAfterMonth11 === leapOffset;
    }
  }
  if (month > 12) month -= 12;
  // Months 11 and 12 (and a leap 11 or 12) belong to the lunar year that began before them.
  if (month >= 11 && monthsAfterMonth11 < 4) lunarYear -= 1;

  return { year: lunarYear, month, day: jdn - monthStart + 1, isLeapMonth };
}

/**
 * The Gregorian date of a lunar date. Throws a RangeError when the date does not exist:
 * a leap month the year lacks, or day 30 of a 29-day month.
 */
export function lunarToSolar(lunar: LunarDate, utcOffsetHours: number = VIETNAM_UTC_OFFSET_HOURS): IsoDate {
  const { year, month, day, isLeapMonth } = lunar;
  assertSupportedYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > 30) {
    throw new RangeError(`No such lunar date: ${describeLunarDate(lunar)}`);
  }

  // Months 11 and 12 of lunar year Y lie after the solstice of Gregorian year Y; months 1–10
  // lie after the solstice of year Y − 1.
  const month11 = month < 11 ? month11Start(year - 1, utcOffsetHours) : month11Start(year, utcOffsetHours);
  const followingMonth11 = month < 11 ? month11Start(year, utcOffsetHours) : month11Start(year + 1, utcOffsetHours);
  const k = nearestNewMoonIndex(month11);

  let offset = (month - 11 + 12) % 12;
  if (followingMonth11 - month11 > 365) {
    const leapOffset = leapMonthOffset(month11, utcOffsetHours);
    const leapMonthNumber = (leapOffset - 2 + 12) % 12 || 12;
    if (isLeapMonth && month !== leapMonthNumber) {
      throw new RangeError(`Lunar year ${year} has no leap month ${month} (its leap month is ${leapMonthNumber})`);
    }
    if (isLeapMonth || offset >= leapOffset) offset += 1;
  } else if (isLeapMonth) {
    throw new RangeError(`Lunar year ${year} has no leap month`);
  }

  const monthStart = newMoonDay(k + offset, utcOffsetHours);
  const monthLength = newMoonDay(k + offset + 1, utcOffsetHours) - monthStart;
  if (day > monthLength) {
    throw new RangeError(`No such lunar date: ${describeLunarDate(lunar)} (that month has ${monthLength} days)`);
  }
  return fromJulianDayNumber(monthStart + day - 1);
}

/** Mùng 1 tháng Giêng: the first day of lunar year `year`. */
export function lunarNewYearDay(year: number, utcOffsetHours: number = VIETNAM_UTC_OFFSET_HOURS): IsoDate {
  return lunarToSolar({ year, month: 1, day: 1, isLeapMonth: false }, utcOffsetHours);
}

/** "10/3/2024", or "1/2 nhuận/2023" for a leap month, as Vietnamese write lunar dates. */
export function describeLunarDate({ year, month, day, isLeapMonth }: LunarDate): string {
  return `${day}/${month}${isLeapMonth ? ' nhuận' : ''}/${year}`;
}
