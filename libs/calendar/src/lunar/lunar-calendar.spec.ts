import { addDays, fromJulianDayNumber, toJulianDayNumber } from '../dates/iso-date';
import { type LunarDate, describeLunarDate, lunarNewYearDay, lunarToSolar, solarToLunar } from './lunar-calendar';

const CHINA_UTC_OFFSET_HOURS = 8;
const lunar = (year: number, month: number, day: number, isLeapMonth = false): LunarDate => ({ year, month, day, isLeapMonth });

describe('Vietnamese lunar calendar', () => {
  it.each([
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
  ])('Tết %i is %s', (year, date) => {
    expect(lunarNewYearDay(year)).toBe(date);
    expect(solarToLunar(date)).toEqual(lunar(year, 1, 1));
  });

  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('Giỗ Tổ Hùng Vương (10/3) %i is %s', (year, date) => {
    expect(lunarToSolar(lunar(year, 3, 10))).toBe(date);
    expect(solarToLunar(date)).toEqual(lunar(year, 3, 10));
  });

  // Lunar dates the government printed beside its holiday schedules (see official-year-calendars.ts).
  it.each([
    ['2024-02-08', lunar(2023, 12, 29)],
    ['2024-02-09', lunar(2023, 12, 30)],
    ['2024-02-14', lunar(2024, 1, 5)],
    ['2025-01-25', lunar(2024, 12, 26)],
    ['2025-01-27', lunar(2024, 12, 28)],
    ['2025-01-31', lunar(2025, 1, 3)],
    ['2025-02-02', lunar(2025, 1, 5)],
    ['2026-02-14', lunar(2025, 12, 27)],
    ['2026-02-16', lunar(2025, 12, 29)],
    ['2026-02-22', lunar(2026, 1, 6)],
  ])('%s is %j as the schedules say', (date, expected) => {
    expect(solarToLunar(date)).toEqual(expected);
  });

  describe('UTC+7 versus UTC+8', () => {
    // 1985: Vietnam's month 11 and leap month fell differently, so Tết came a month earlier
    // (Hồ Ngọc Đức, calrules_en; widely reported). 1968: the new moon of 29 January fell at
    // 23:29 in Hanoi (UTC+7) but after midnight at UTC+8, so North Vietnam (new calendar)
    // celebrated on the 29th and the South (still UTC+8) on the 30th.
    it.each([
      [1985, '1985-01-21', '1985-02-20'],
      [1968, '1968-01-29', '1968-01-30'],
    ])('Tết %i: %s in Vietnam, %s at UTC+8', (year, vietnam, china) => {
      expect(lunarNewYearDay(year)).toBe(vietnam);
      expect(lunarNewYearDay(year, CHINA_UTC_OFFSET_HOURS)).toBe(china);
    });

    it('the same day is 30/12 in Vietnam but still in month 11 at UTC+8 in January 1985', () => {
      expect(solarToLunar('1985-01-20')).toEqual(lunar(1984, 12, 30));
      expect(solarToLunar('1985-01-20', CHINA_UTC_OFFSET_HOURS)).toEqual(lunar(1984, 11, 30));
    });

    it('agrees with UTC+8 in ordinary years', () => {
      for (const year of [2024, 2025, 2026, 2027]) {
        expect(lunarNewYearDay(year, CHINA_UTC_OFFSET_HOURS)).toBe(lunarNewYearDay(year));
      }
    });
  });

  describe('leap months', () => {
    it('2023 (Quý Mão) had a leap 2nd month, starting 22 March 2023', () => {
      expect(solarToLunar('2023-03-21')).toEqual(lunar(2023, 2, 30));
      expect(solarToLunar('2023-03-22')).toEqual(lunar(2023, 2, 1, true));
      expect(lunarToSolar(lunar(2023, 2, 1, true))).toBe('2023-03-22');
      expect(lunarToSolar(lunar(2023, 3, 1))).not.toBe('2023-03-22');
    });

    it('rejects a leap month the year does not have, and a 30th day of a 29-day month', () => {
      expect(() => lunarToSolar(lunar(2024, 3, 1, true))).toThrow(/no leap month/);
      expect(() => lunarToSolar(lunar(2023, 4, 1, true))).toThrow(/no leap month 4/);
      // 2026-02-16 is the last day of lunar 2025, the 29th of month 12.
      expect(() => lunarToSolar(lunar(2025, 12, 30))).toThrow(/29 days/);
      expect(lunarToSolar(lunar(2025, 12, 29))).toBe('2026-02-16');
      expect(() => lunarToSolar(lunar(2025, 13, 1))).toThrow(RangeError);
    });

    it('rejects years outside the range the astronomy is trusted for', () => {
      expect(() => lunarNewYearDay(1799)).toThrow(RangeError);
      expect(() => solarToLunar('2200-01-01')).toThrow(RangeError);
    });
  });

  it('is consistent day by day for 1900–2100: days run 1, 2, …, months have 29 or 30 days, and each date converts back', () => {
    const start = toJulianDayNumber('1900-02-01');
    const end = toJulianDayNumber('2100-12-31');
    let previous = solarToLunar(fromJulianDayNumber(start - 1));
    let leapMonths = 0;
    for (let jdn = start; jdn <= end; jdn++) {
      const date = fromJulianDayNumber(jdn);
      const current = solarToLunar(date);
      if (current.day === 1) {
        if (previous.day !== 29 && previous.day !== 30) throw new Error(`${date}: month before had ${previous.day} days`);
        if (current.isLeapMonth) {
          leapMonths++;
          if (current.month !== previous.month) throw new Error(`${date}: leap month ${current.month} after ${previous.month}`);
        } else if (current.month !== (previous.month % 12) + 1) {
          throw new Error(`${date}: month ${current.month} after ${previous.month}`);
        }
        if (current.month === 1 && !current.isLeapMonth && current.year !== previous.year + 1) {
          throw new Error(`${date}: new year ${current.year} after ${previous.year}`);
        }
      } else if (current.day !== previous.day + 1 || current.month !== previous.month || current.isLeapMonth !== previous.isLeapMonth) {
        throw new Error(`${date}: ${describeLunarDate(current)} after ${describeLunarDate(previous)}`);
      }
      if (lunarToSolar(current) !== date) throw new Error(`${date} → ${describeLunarDate(current)} → ${lunarToSolar(current)}`);
      previous = current;
    }
    // 7 leap months every 19 years: about 74 in 201 years.
    expect(leapMonths).toBeGreaterThanOrEqual(73);
    expect(leapMonths).toBeLessThanOrEqual(75);
  });

  it('keeps Tết between 21 January and 20 February (1900–2100)', () => {
    for (let year = 1900; year <= 2100; year++) {
      const tet = lunarNewYearDay(year);
      expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`).toBe(true);
      expect(solarToLunar(addDays(tet, -1)).year).toBe(year - 1);
    }
  });

  it('writes lunar dates the Vietnamese way', () => {
    expect(describeLunarDate(lunar(2024, 3, 10))).toBe('10/3/2024');
    expect(describeLunarDate(lunar(2023, 2, 1, true))).toBe('1/2 nhuận/2023');
  });
});
