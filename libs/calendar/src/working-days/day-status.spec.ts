import { defaultYearCalendar } from '../holidays/default-year-calendar';
import { OFFICIAL_YEAR_CALENDARS, withBuiltInCalendars } from '../holidays/official-year-calendars';
import type { YearCalendar } from '../holidays/year-calendar';
import { calendarForYear, dayStatus, isWorkingDay } from './day-status';

describe('isWorkingDay and dayStatus', () => {
  it('classifies each kind of day', () => {
    expect(dayStatus('2024-02-07')).toEqual({ date: '2024-02-07', isWorkingDay: true, kind: 'weekday' });
    expect(dayStatus('2024-02-17')).toEqual({ date: '2024-02-17', isWorkingDay: false, kind: 'weekend' });
    expect(dayStatus('2024-02-12')).toMatchObject({ isWorkingDay: false, kind: 'holiday', label: 'Tết Nguyên đán (mùng 3 tháng Giêng)' });
    expect(dayStatus('2024-02-13')).toMatchObject({ isWorkingDay: false, kind: 'dayOffInLieu' });
    expect(dayStatus('2024-04-29')).toMatchObject({ isWorkingDay: false, kind: 'extraDayOff' });
    expect(dayStatus('2024-05-04')).toMatchObject({ isWorkingDay: true, kind: 'swappedWorkingDay' });
  });

  it('falls back to the rules for years without a schedule', () => {
    expect(calendarForYear(2027)).toBe(defaultYearCalendar(2027));
    expect(calendarForYear(2025)).toBe(OFFICIAL_YEAR_CALENDARS[1]);
    // Tết 2027 (mùng 1 on Saturday 6/2): 4/2–8/2 plus two days in lieu, 9/2 and 10/2.
    expect(['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'].filter((day) => isWorkingDay(day))).toEqual([]);
    expect(isWorkingDay('2027-02-11')).toBe(true);
  });

  it('uses a schedule passed in from outside, first one per year winning', () => {
    const adminEdit: YearCalendar = {
      year: 2027,
      holidays: [],
      daysOffInLieu: [],
      swappedWorkingDays: [{ date: '2027-11-20', reason: 'làm bù' }],
      extraDaysOff: [{ date: '2027-11-24', reason: 'Ngày Văn hóa Việt Nam' }],
    };
    const calendars = withBuiltInCalendars([adminEdit]);
    expect(isWorkingDay('2027-11-24', calendars)).toBe(false);
    expect(isWorkingDay('2027-11-20', calendars)).toBe(true);
    expect(isWorkingDay('2027-11-24')).toBe(true);
    // The edit replaces the whole year: Tết 2027 is not in it.
    expect(isWorkingDay('2027-02-08', calendars)).toBe(true);
    expect(isWorkingDay('2027-11-24', [adminEdit, { ...adminEdit, extraDaysOff: [] }])).toBe(false);
  });

  it('honours a swap that one year places in the next year', () => {
    const newYearSwap: YearCalendar = {
      year: 2027,
      holidays: [],
      daysOffInLieu: [],
      swappedWorkingDays: [{ date: '2028-01-08', reason: 'làm bù cho 31/12/2027' }],
      extraDaysOff: [{ date: '2027-12-31', reason: 'hoán đổi' }],
    };
    expect(isWorkingDay('2028-01-08', [newYearSwap])).toBe(true);
    expect(isWorkingDay('2027-12-31', [newYearSwap])).toBe(false);
  });
});

describe('conflicting entries', () => {
  it('never works a holiday, even when a neighbouring year lists it as a swapped working day', () => {
    const year2026: YearCalendar = {
      year: 2026,
      holidays: [{ date: '2026-01-01', name: 'Tết Dương lịch' }],
      daysOffInLieu: [],
      swappedWorkingDays: [],
      extraDaysOff: [],
    };
    const year2025: YearCalendar = { ...year2026, year: 2025, holidays: [], swappedWorkingDays: [{ date: '2026-01-01', reason: 'wrong' }] };
    // Load 2025's neighbourhood first, then 2026's: the result must not depend on the order.
    const calendars = [year2025, year2026];
    expect(isWorkingDay('2025-06-02', calendars)).toBe(true);
    expect(isWorkingDay('2026-01-01', calendars)).toBe(false);
    expect(isWorkingDay('2026-01-01', [year2026, year2025])).toBe(false);
  });
});
