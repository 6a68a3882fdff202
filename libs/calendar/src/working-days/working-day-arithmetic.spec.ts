import { addDays } from '../dates/iso-date';
import { defaultYearCalendar } from '../holidays/default-year-calendar';
import { isWorkingDay } from './day-status';
import { addWorkingDays, workingDaysBetween } from './working-day-arithmetic';

describe('addWorkingDays', () => {
  it('does not count the start day (Civil Code 2015 Art. 147)', () => {
    expect(addWorkingDays('2024-03-04', 1)).toBe('2024-03-05'); // Monday → Tuesday
    expect(addWorkingDays('2024-03-04', 0)).toBe('2024-03-04');
    expect(addWorkingDays('2024-03-08', 1)).toBe('2024-03-11'); // Friday → Monday
    expect(addWorkingDays('2024-03-09', 1)).toBe('2024-03-11'); // received on a Saturday
  });

  it('skips Tết 2024 (8/2–14/2)', () => {
    expect(addWorkingDays('2024-02-07', 1)).toBe('2024-02-15');
    // 15, 16, 19, 20, 21, 22, 23, 26, 27, 28 February
    expect(addWorkingDays('2024-02-07', 10)).toBe('2024-02-28');
  });

  it('skips the 9-day Tết 2025 break: received Friday 24/1, one working day later is Monday 3/2', () => {
    expect(addWorkingDays('2025-01-24', 1)).toBe('2025-02-03');
  });

  it('counts swapped Saturdays and skips swapped weekdays', () => {
    expect(addWorkingDays('2024-05-03', 1)).toBe('2024-05-04');
    expect(addWorkingDays('2026-01-09', 1)).toBe('2026-01-10');
    expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-05'); // 1/1 holiday, 2/1 swapped, weekend
    expect(addWorkingDays('2024-04-26', 1)).toBe('2024-05-02'); // 29/4 swapped, 30/4 and 1/5 holidays
  });

  it('runs a 10-working-day limit (a commune Giấy khen) across the 2025 holidays', () => {
    // Received Tuesday 22/4/2025: 23, 24, 25, Saturday 26 (worked), 28, 29 April; 30/4–4/5 off; 5, 6, 7, 8 May.
    expect(addWorkingDays('2025-04-22', 10)).toBe('2025-05-08');
  });

  it('counts backwards for negative n', () => {
    expect(addWorkingDays('2024-02-15', -1)).toBe('2024-02-07');
    expect(addWorkingDays('2024-03-11', -1)).toBe('2024-03-08');
  });

  it('rejects fractional counts and bad dates', () => {
    expect(() => addWorkingDays('2024-03-04', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2024-02-30', 1)).toThrow(RangeError);
  });

  it('can be given the rules instead of the official schedule', () => {
    // Without the 2024 swap, Monday 29/4 is worked.
    expect(addWorkingDays('2024-04-26', 1, [defaultYearCalendar(2024)])).toBe('2024-04-29');
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after the first date up to and including the second', () => {
    expect(workingDaysBetween('2024-03-04', '2024-03-04')).toBe(0);
    expect(workingDaysBetween('2024-03-04', '2024-03-05')).toBe(1);
    expect(workingDaysBetween('2024-03-04', '2024-03-11')).toBe(5);
    expect(workingDaysBetween('2024-03-11', '2024-03-04')).toBe(-5);
    expect(workingDaysBetween('2024-02-07', '2024-02-14')).toBe(0);
  });

  it('has 250 working days in 2025 (261 weekdays − 11 weekday holidays; the 26/4 ↔ 2/5 swap evens out)', () => {
    expect(workingDaysBetween('2024-12-31', '2025-12-31')).toBe(250);
  });

  it('is the inverse of addWorkingDays for every start day of 2024–2026 and n up to 30', () => {
    for (let start = '2024-01-01'; start <= '2026-12-31'; start = addDays(start, 1)) {
      for (let n = 0; n <= 30; n++) {
        const due = addWorkingDays(start, n);
        if (workingDaysBetween(start, due) !== n) throw new Error(`${start} + ${n} → ${due}`);
        if (n > 0 && !isWorkingDay(due)) throw new Error(`${start} + ${n} → ${due} is not a working day`);
      }
    }
    expect(workingDaysBetween('2024-01-01', addWorkingDays('2024-01-01', 30))).toBe(30);
  });
});
