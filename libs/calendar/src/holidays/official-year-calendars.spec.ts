/**
 * The built-in schedules checked against the breaks AS ANNOUNCED (continuous "from … to …"
 * spans of days off, and the Saturdays worked), independently of how the data splits them
 * into holidays, days off in lieu and swaps. Sources: official-year-calendars.ts.
 */
import { type IsoDate, addDays, isWeekend } from '../dates/iso-date';
import { dayStatus, isWorkingDay } from '../working-days/day-status';
import { OFFICIAL_YEAR_CALENDARS, withBuiltInCalendars } from './official-year-calendars';
import { validateYearCalendar, type YearCalendar } from './year-calendar';

interface AnnouncedSchedule {
  /** [first, last] day of each announced break, weekends included. */
  readonly breaks: readonly (readonly [IsoDate, IsoDate])[];
  /** Weekend days announced as working days (làm bù). */
  readonly saturdaysWorked: readonly IsoDate[];
}

const ANNOUNCED: Record<number, AnnouncedSchedule> = {
  2024: {
    breaks: [
      ['2024-01-01', '2024-01-01'],
      ['2024-02-08', '2024-02-14'], // Tết: Thursday 8/2 (29 Chạp) to Wednesday 14/2 (mùng 5)
      ['2024-04-18', '2024-04-18'], // Giỗ Tổ
      ['2024-04-27', '2024-05-01'], // 30/4–1/5 with Monday 29/4 swapped
      ['2024-08-31', '2024-09-03'], // Quốc khánh
    ],
    saturdaysWorked: ['2024-05-04'],
  },
  2025: {
    breaks: [
      ['2025-01-01', '2025-01-01'],
      ['2025-01-25', '2025-02-02'], // Tết: 9 days, 26 Chạp to mùng 5
      ['2025-04-05', '2025-04-07'], // Giỗ Tổ on Monday 7/4, with the weekend
      ['2025-04-30', '2025-05-04'], // with Friday 2/5 swapped
      ['2025-08-30', '2025-09-02'], // Quốc khánh
    ],
    saturdaysWorked: ['2025-04-26'],
  },
  2026: {
    breaks: [
      ['2026-01-01', '2026-01-04'], // with Friday 2/1 swapped
      ['2026-02-14', '2026-02-22'], // Tết: 9 days, 27 Chạp to mùng 6
      ['2026-04-25', '2026-04-27'], // Giỗ Tổ on Sunday 26/4, nghỉ bù Monday 27/4
      ['2026-04-30', '2026-05-03'],
      ['2026-08-29', '2026-09-02'], // Quốc khánh, with Monday 31/8 swapped
    ],
    saturdaysWorked: ['2026-01-10', '2026-08-22'],
  },
};

function daysOfYear(year: number): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = `${year}-01-01`; day <= `${year}-12-31`; day = addDays(day, 1)) days.push(day);
  return days;
}

function isInsideABreak(day: IsoDate, schedule: AnnouncedSchedule): boolean {
  return schedule.breaks.some(([first, last]) => day >= first && day <= last);
}

describe.each(Object.entries(ANNOUNCED).map(([year, schedule]) => [Number(year), schedule] as const))(
  'the official schedule of %i',
  (year, schedule) => {
    const days = daysOfYear(year);

    it('takes off exactly the announced days, weekends aside', () => {
      const weekdaysOff = days.filter((day) => !isWeekend(day) && !isWorkingDay(day, OFFICIAL_YEAR_CALENDARS));
      const weekdaysInBreaks = days.filter((day) => !isWeekend(day) && isInsideABreak(day, schedule));
      expect(weekdaysOff).toEqual(weekdaysInBreaks);
    });

    it('leaves no working day inside an announced break', () => {
      const workedInBreaks = days.filter((day) => isInsideABreak(day, schedule) && isWorkingDay(day, OFFICIAL_YEAR_CALENDARS));
      expect(workedInBreaks).toEqual([]);
    });

    it('works exactly the announced Saturdays', () => {
      const weekendDaysWorked = days.filter((day) => isWeekend(day) && isWorkingDay(day, OFFICIAL_YEAR_CALENDARS));
      expect(weekendDaysWorked).toEqual(schedule.saturdaysWorked);
      for (const saturday of schedule.saturdaysWorked) {
        expect(dayStatus(saturday, OFFICIAL_YEAR_CALENDARS).kind).toBe('swappedWorkingDay');
      }
    });

    it('lists 11 statutory holiday days and passes validation', () => {
      const calendar = OFFICIAL_YEAR_CALENDARS.find((candidate) => candidate.year === year)!;
      expect(new Set(calendar.holidays.map((holiday) => holiday.date)).size).toBe(11);
      expect(validateYearCalendar(calendar)).toEqual([]);
    });
  },
);

describe('withBuiltInCalendars', () => {
  const edited2025: YearCalendar = {
    year: 2025,
    holidays: [],
    daysOffInLieu: [],
    swappedWorkingDays: [],
    extraDaysOff: [{ date: '2025-06-02', reason: 'test' }],
  };

  it('lets a stored schedule replace the built-in one of its year and keeps the others', () => {
    const calendars = withBuiltInCalendars([edited2025]);
    expect(calendars.map((calendar) => calendar.year).sort()).toEqual([2024, 2025, 2026]);
    expect(isWorkingDay('2025-06-02', calendars)).toBe(false);
    expect(isWorkingDay('2025-01-29', calendars)).toBe(true); // that edit dropped Tết
    expect(isWorkingDay('2024-02-12', calendars)).toBe(false); // 2024 still built in
  });
});
