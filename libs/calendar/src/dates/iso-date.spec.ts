import {
  addDays,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  fromJulianDayNumber,
  isIsoDate,
  isWeekend,
  parseIsoDate,
  toJulianDayNumber,
  weekdayOf,
} from './iso-date';

describe('ISO dates', () => {
  it('parses valid dates and rejects impossible or malformed ones', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(() => parseIsoDate('2025-02-29')).toThrow(RangeError);
    expect(() => parseIsoDate('2024-13-01')).toThrow(RangeError);
    expect(() => parseIsoDate('2024-04-31')).toThrow(RangeError);
    expect(() => parseIsoDate('2024-4-1')).toThrow(RangeError);
    expect(() => parseIsoDate('2024-04-01T00:00:00Z')).toThrow(RangeError);
    expect(isIsoDate('1900-02-29')).toBe(false); // 1900 is not a Gregorian leap year
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate(20240101)).toBe(false);
  });

  it('knows month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2023, month))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it('maps to Julian day numbers (J2000.0 is JDN 2451545 on 2000-01-01)', () => {
    expect(toJulianDayNumber('2000-01-01')).toBe(2451545);
    expect(toJulianDayNumber('1970-01-01')).toBe(2440588);
    expect(fromJulianDayNumber(2451545)).toBe('2000-01-01');
  });

  it('round-trips every day from 1800 to 2200 and each JDN is one more than the previous day', () => {
    let jdn = toJulianDayNumber('1800-01-01');
    for (let year = 1800; year <= 2200; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= daysInMonth(year, month); day++) {
          const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          if (toJulianDayNumber(date) !== jdn || fromJulianDayNumber(jdn) !== date) {
            throw new Error(`Mismatch at ${date}`);
          }
          jdn++;
        }
      }
    }
    expect(fromJulianDayNumber(jdn)).toBe('2201-01-01');
  });

  it('does day arithmetic across month, leap-day and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
  });

  it('knows the weekday without any time zone', () => {
    expect(weekdayOf('2024-02-10')).toBe(6); // Tết Giáp Thìn was a Saturday
    expect(weekdayOf('2025-01-29')).toBe(3); // Tết Ất Tỵ, Wednesday
    expect(weekdayOf('2026-04-26')).toBe(0); // Giỗ Tổ 2026, Sunday
    expect(isWeekend('2024-05-04')).toBe(true);
    expect(isWeekend('2024-05-03')).toBe(false);
  });

  it('sorts chronologically', () => {
    expect(['2025-01-02', '2024-12-31', '2025-01-01'].sort(compareIsoDates)).toEqual(['2024-12-31', '2025-01-01', '2025-01-02']);
  });
});
