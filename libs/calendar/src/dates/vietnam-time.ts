import { type IsoDate, parseIsoDate } from './iso-date';

/**
 * Vietnam keeps UTC+7 all year (no daylight saving time) since 1975 for the whole country;
 * the lunar calendar is computed for the same meridian (105° E).
 */
export const VIETNAM_UTC_OFFSET_HOURS = 7;

const MS_PER_HOUR = 3_600_000;

/**
 * The instant a deadline on `dueDate` expires, as an ISO-8601 UTC string: the last second of
 * that day in Vietnam (23:59:59+07:00). Civil Code 2015 Art. 148(1) ends a period counted in
 * days at the end of its last day; a task is overdue only after that.
 */
export function dueInstant(dueDate: IsoDate): string {
  const { year, month, day } = parseIsoDate(dueDate);
  const endOfDayUtc = Date.UTC(year, month - 1, day, 23, 59, 59) - VIETNAM_UTC_OFFSET_HOURS * MS_PER_HOUR;
  return new Date(endOfDayUtc).toISOString();
}

/**
 * The calendar date in Vietnam at a given instant. The caller passes the instant (e.g. the
 * request time) so this library never reads a clock.
 */
export function vietnamDateOf(instant: Date | string): IsoDate {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  const ms = at.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not a valid instant: "${String(instant)}"`);
  // Shift into UTC+7 and read the UTC fields: they are then Vietnam's wall-clock fields.
  return new Date(ms + VIETNAM_UTC_OFFSET_HOURS * MS_PER_HOUR).toISOString().slice(0, 10);
}
