import { type IsoDate, addDays, isWeekend } from '../dates/iso-date';
import { lunarNewYearDay, solarToLunar } from '../lunar/lunar-calendar';
import { isWorkingDay } from '../working-days/day-status';
import { daysOffInLieuFor, defaultYearCalendar } from './default-year-calendar';
import { OFFICIAL_YEAR_CALENDARS } from './official-year-calendars';
import { nationalDayNeighbour, statutoryHolidays, tetHolidayDates } from './statutory-holidays';
import type { YearCalendar } from './year-calendar';

const datesOf = (entries: readonly { date: IsoDate }[]): IsoDate[] => entries.map((entry) => entry.date).sort();
const official = (year: number): YearCalendar => OFFICIAL_YEAR_CALENDARS.find((calendar) => calendar.year === year)!;

describe('the rules agree with the official schedules where the rules decide', () => {
  it.each([2024, 2025, 2026])('%i: same holidays and the same days off in lieu', (year) => {
    const computed = defaultYearCalendar(year);
    expect(datesOf(computed.holidays)).toEqual(datesOf(official(year).holidays));
    expect(datesOf(computed.daysOffInLieu)).toEqual(datesOf(official(year).daysOffInLieu));
  });

  it.each([2024, 2025, 2026])('%i: working days differ only on the swapped days', (year) => {
    const swapDays = new Set([...datesOf(official(year).swappedWorkingDays), ...datesOf(official(year).extraDaysOff)]);
    const differences: IsoDate[] = [];
    for (let day = `${year}-01-01`; day <= `${year}-12-31`; day = addDays(day, 1)) {
      if (isWorkingDay(day, [defaultYearCalendar(year)]) !== isWorkingDay(day, OFFICIAL_YEAR_CALENDARS)) differences.push(day);
    }
    expect(differences).toEqual([...swapDays].sort());
  });

  it('2023 (no built-in schedule): the rules give the announced Tết break 20/1–26/1/2023', () => {
    // Deputy PM Vũ Đức Đam approved Tết 2023 from 20/1 to 26/1 (pld.net.vn).
    const calendars = [defaultYearCalendar(2023)];
    const offDays = ['2023-01-20', '2023-01-21', '2023-01-22', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26'];
    expect(offDays.filter((day) => isWorkingDay(day, calendars))).toEqual([]);
    expect(isWorkingDay('2023-01-19', calendars)).toBe(true);
    expect(isWorkingDay('2023-01-27', calendars)).toBe(true);
  });
});

describe('statutory holidays (Labour Code 2019 Art. 112)', () => {
  it('lists 11 days in date order for every year 1990–2100, with the fixed dates present', () => {
    for (let year = 1990; year <= 2100; year++) {
      const dates = statutoryHolidays(year).map((holiday) => holiday.date);
      expect(new Set(dates).size).toBe(11);
      expect([...dates].sort()).toEqual(dates);
      for (const fixed of ['01-01', '04-30', '05-01', '09-02']) expect(dates).toContain(`${year}-${fixed}`);
      const gioTo = statutoryHolidays(year).find((holiday) => holiday.name.startsWith('Giỗ Tổ'))!;
      expect(solarToLunar(gioTo.date)).toEqual({ year, month: 3, day: 10, isLeapMonth: false });
    }
  });

  it('Tết is 5 consecutive days covering the last day of the year and mùng 1–3', () => {
    for (let year = 1990; year <= 2100; year++) {
      const tet = tetHolidayDates(year);
      const newYearDay = lunarNewYearDay(year);
      expect(tet).toHaveLength(5);
      tet.slice(1).forEach((day, i) => expect(day).toBe(addDays(tet[i]!, 1)));
      for (const mustBeOff of [addDays(newYearDay, -1), newYearDay, addDays(newYearDay, 1), addDays(newYearDay, 2)]) {
        expect(tet).toContain(mustBeOff);
      }
    }
  });

  it('picks the Tết window with fewer weekend days, the earlier one on a tie', () => {
    // 2026: mùng 1 on Tuesday; 15/2–19/2 holds a Sunday, 16/2–20/2 none.
    expect(tetHolidayDates(2026)).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    // 2025: mùng 1 on Wednesday; 27/1–31/1 holds no weekend day, 28/1–1/2 a Saturday.
    expect(tetHolidayDates(2025)[0]).toBe('2025-01-27');
    // 2024: mùng 1 on Saturday; both windows hold two weekend days → the earlier one.
    expect(tetHolidayDates(2024)[0]).toBe('2024-02-08');
  });

  it('chooses the day next to 2/9 that joins it to a weekend', () => {
    expect(nationalDayNeighbour(2024)).toBe('2024-09-03'); // Monday 2/9
    expect(nationalDayNeighbour(2025)).toBe('2025-09-01'); // Tuesday
    expect(nationalDayNeighbour(2026)).toBe('2026-09-01'); // Wednesday
    expect(nationalDayNeighbour(2027)).toBe('2027-09-03'); // Thursday → Friday 3/9
    expect(nationalDayNeighbour(2029)).toBe('2029-09-03'); // Sunday: 1/9 is a Saturday
    expect(nationalDayNeighbour(2028)).toBe('2028-09-01'); // Saturday: Friday 1/9
  });
});

describe('days off in lieu (Labour Code 2019 Art. 111(3))', () => {
  it('gives the next weekday for a holiday on a weekend', () => {
    const inLieu = daysOffInLieuFor([{ date: '2026-04-26', name: 'Giỗ Tổ' }]);
    expect(inLieu.map((day) => day.date)).toEqual(['2026-04-27']);
    expect(inLieu[0]!.reason).toContain('Giỗ Tổ');
  });

  it('skips holidays and earlier days in lieu when holidays pile up on a weekend', () => {
    // 2022: 30/4 on Saturday and 1/5 on Sunday → Monday 2/5 and Tuesday 3/5.
    const holidays = [
      { date: '2022-04-30', name: '30/4' },
      { date: '2022-05-01', name: '1/5' },
    ];
    expect(daysOffInLieuFor(holidays).map((day) => day.date)).toEqual(['2022-05-02', '2022-05-03']);
    // A weekend holiday followed by a weekday holiday: the day in lieu comes after both.
    const tuesdayHoliday = [
      { date: '2022-05-01', name: 'Sunday' },
      { date: '2022-05-02', name: 'Monday' },
    ];
    expect(daysOffInLieuFor(tuesdayHoliday).map((day) => day.date)).toEqual(['2022-05-03']);
  });

  it('gives none for weekday holidays', () => {
    expect(daysOffInLieuFor([{ date: '2025-01-01', name: 'Tết Dương lịch' }])).toEqual([]);
  });

  it('every default year has one weekday in lieu per weekend holiday, none of them a holiday', () => {
    for (let year = 2000; year <= 2060; year++) {
      const calendar = defaultYearCalendar(year);
      const holidayDates = new Set(calendar.holidays.map((holiday) => holiday.date));
      expect(calendar.daysOffInLieu).toHaveLength(calendar.holidays.filter((holiday) => isWeekend(holiday.date)).length);
      for (const { date } of calendar.daysOffInLieu) {
        expect(isWeekend(date)).toBe(false);
        expect(holidayDates.has(date)).toBe(false);
      }
    }
  });
});
