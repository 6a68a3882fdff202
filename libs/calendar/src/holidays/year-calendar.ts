import { type IsoDate, isIsoDate, isWeekend, parseIsoDate } from '../dates/iso-date';

/** A public holiday (ngày nghỉ lễ, Tết) under Labour Code 2019 Art. 112. */
export interface Holiday {
  readonly date: IsoDate;
  readonly name: string;
}

/** A day with a reason: a day off in lieu, a swapped day or an extra day off. */
export interface ReasonedDay {
  readonly date: IsoDate;
  readonly reason: string;
}

/**
 * One year's schedule of days off for state agencies (civil servants keep a Monday–Friday
 * week, so Saturdays and Sundays are the weekly rest). Plain data, so admins can edit a year
 * and the api can store it; the functions of this library accept any such value.
 */
export interface YearCalendar {
  readonly year: number;
  readonly holidays: readonly Holiday[];
  /** Nghỉ bù: a working day off because a holiday fell on the weekly rest (Labour Code Art. 111(3)). */
  readonly daysOffInLieu: readonly ReasonedDay[];
  /** Weekend days that become working days (làm bù) to pay back an extra day off. */
  readonly swappedWorkingDays: readonly ReasonedDay[];
  /** Working days given off by decision: the other side of a swap (hoán đổi), or a one-off day off. */
  readonly extraDaysOff: readonly ReasonedDay[];
  /** Where the schedule comes from: the rules, or the official documents it was copied from. */
  readonly source?: string;
}

/** Every date the schedule takes off work, whatever the reason. */
export function daysOffOf(calendar: YearCalendar): IsoDate[] {
  return [...calendar.holidays, ...calendar.daysOffInLieu, ...calendar.extraDaysOff].map((entry) => entry.date);
}

/**
 * Problems with a hand-edited schedule, as readable messages (empty when fine): dates that do
 * not exist, entries far from the calendar's year, a day both off and worked, duplicates, and
 * swaps or days off that change nothing because of the weekend.
 */
export function validateYearCalendar(calendar: YearCalendar): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(calendar.year)) problems.push(`year must be an integer, not ${calendar.year}`);

  const lists = {
    holidays: calendar.holidays,
    daysOffInLieu: calendar.daysOffInLieu,
    swappedWorkingDays: calendar.swappedWorkingDays,
    extraDaysOff: calendar.extraDaysOff,
  };
  const seen = new Map<IsoDate, string>();
  for (const [listName, entries] of Object.entries(lists)) {
    for (const { date } of entries) {
      if (!isIsoDate(date)) {
        problems.push(`${listName}: "${date}" is not a YYYY-MM-DD date`);
        continue;
      }
      // Swaps may reach into the neighbouring year (e.g. a New Year swap), never further.
      if (Math.abs(parseIsoDate(date).year - calendar.year) > 1) {
        problems.push(`${listName}: ${date} is too far from ${calendar.year}`);
      }
      const earlier = seen.get(date);
      if (earlier === listName) problems.push(`${listName}: ${date} is listed twice`);
      else if (earlier) problems.push(`${date} is listed in both ${earlier} and ${listName}`);
      else seen.set(date, listName);

      if (listName === 'swappedWorkingDays' && !isWeekend(date)) {
        problems.push(`swappedWorkingDays: ${date} is already a working day`);
      }
      if ((listName === 'daysOffInLieu' || listName === 'extraDaysOff') && isWeekend(date)) {
        problems.push(`${listName}: ${date} is a weekend day, already off`);
      }
    }
  }
  return problems;
}
