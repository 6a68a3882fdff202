/**
 * Deadlines whose clock stops while a dossier is back with the sender for supplements
 * (trả lại để bổ sung): the time the sender holds it is not the reviewing agency's time.
 *
 * A pause `{ from, to }` means: returned on `from`, resubmitted on `to`.
 *  - The return day counts as a day used by the agency (it had the dossier that day).
 *  - Counting resumes the day AFTER resubmission, as the Civil Code 2015 Art. 147(3) starts
 *    a period beginning with an event on the next day — the same rule as for the first receipt.
 *  - So the working days in (from, to] are skipped, and a pause returned and resubmitted on
 *    the same day changes nothing.
 *  - `to` absent: the dossier is still out; no due date exists until it comes back.
 */
import { type IsoDate, parseIsoDate } from '../dates/iso-date';
import { OFFICIAL_YEAR_CALENDARS } from '../holidays/official-year-calendars';
import type { YearCalendars } from './day-status';
import { addWorkingDays, workingDaysBetween } from './working-day-arithmetic';

export interface Pause {
  /** The day the dossier was returned for supplements. */
  readonly from: IsoDate;
  /** The day it was resubmitted; absent while it is still out. */
  readonly to?: IsoDate;
}

/** Checks the pauses are in order, inside the period and not overlapping; throws a RangeError if not. */
function assertValidPauses(startedOn: IsoDate, pauses: readonly Pause[]): void {
  parseIsoDate(startedOn);
  let previousEnd = startedOn;
  pauses.forEach((pause, i) => {
    parseIsoDate(pause.from);
    if (pause.to !== undefined) parseIsoDate(pause.to);
    if (pause.from < previousEnd) {
      throw new RangeError(`Pause ${i} starts ${pause.from}, before ${i === 0 ? 'the start' : 'the previous pause ends'} (${previousEnd})`);
    }
    if (pause.to !== undefined && pause.to < pause.from) {
      throw new RangeError(`Pause ${i} ends ${pause.to}, before it starts (${pause.from})`);
    }
    if (pause.to === undefined && i !== pauses.length - 1) {
      throw new RangeError(`Pause ${i} has no end but is not the last one`);
    }
    previousEnd = pause.to ?? pause.from;
  });
}

/**
 * The due date of a limit of `limitWorkingDays` counted from `startedOn` (not counted itself),
 * with the clock stopped during `pauses` (in date order). Returns null while the last pause
 * is still open and the limit was not already reached before it began.
 */
export function dueDateWithPauses(
  startedOn: IsoDate,
  limitWorkingDays: number,
  pauses: readonly Pause[] = [],
  calendars: YearCalendars = OFFICIAL_YEAR_CALENDARS,
): IsoDate | null {
  if (!Number.isSafeInteger(limitWorkingDays) || limitWorkingDays < 0) {
    throw new RangeError(`limitWorkingDays must be a whole number ≥ 0, not ${limitWorkingDays}`);
  }
  assertValidPauses(startedOn, pauses);

  let countingAfter = startedOn;
  let remaining = limitWorkingDays;
  for (const pause of pauses) {
    const usedBeforeReturn = workingDaysBetween(countingAfter, pause.from, calendars);
    // The limit ran out before the dossier was returned: the pause cannot extend it.
    if (usedBeforeReturn >= remaining) break;
    remaining -= usedBeforeReturn;
    if (pause.to === undefined) return null;
    countingAfter = pause.to;
  }
  return addWorkingDays(countingAfter, remaining, calendars);
}

/**
 * Working days of the limit used up by the end of `asOf`: those after `startedOn`, up to and
 * including `asOf`, outside the pauses. Compare with the limit for "days left" or overdue.
 */
export function workingDaysUsed(
  startedOn: IsoDate,
  asOf: IsoDate,
  pauses: readonly Pause[] = [],
  calendars: YearCalendars = OFFICIAL_YEAR_CALENDARS,
): number {
  assertValidPauses(startedOn, pauses);
  parseIsoDate(asOf);
  if (asOf <= startedOn) return 0;
  let used = workingDaysBetween(startedOn, asOf, calendars);
  for (const pause of pauses) {
    if (pause.from >= asOf) break;
    const pausedUntil = pause.to === undefined || pause.to > asOf ? asOf : pause.to;
    used -= workingDaysBetween(pause.from, pausedUntil, calendars);
  }
  return used;
}
