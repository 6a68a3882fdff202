/**
 * The public holidays of Labour Code 2019 (Bộ luật Lao động 45/2019/QH14), Art. 112(1):
 *   a) Tết Dương lịch: 1 day (1 January);
 *   b) Tết Âm lịch: 5 days;
 *   c) Ngày Chiến thắng: 1 day (30 April);
 *   d) Ngày Quốc tế lao động: 1 day (1 May);
 *   đ) Quốc khánh: 2 days (2 September and one adjacent day before or after);
 *   e) Giỗ Tổ Hùng Vương: 1 day (10th of the 3rd lunar month).
 * Art. 112(3): each year the Prime Minister decides the exact days of b) and đ). The choices
 * below are defaults that reproduce the decisions for 2024–2026; a year's official schedule
 * (see official-year-calendars.ts) or an admin's edit replaces them.
 *
 * Not included: 24 November "Ngày Văn hóa Việt Nam". Politburo Resolution 80-NQ/TW (January
 * 2026) wants it as a paid day off and Government Resolution 30/NQ-CP (February 2026) asks
 * for Art. 112(1) to be amended; until the Labour Code is amended it is not a holiday. When
 * it is, add it here (or admins add it to a year's `extraDaysOff` meanwhile).
 */
import { type IsoDate, addDays, daysBetween, formatIsoDate, isWeekend, weekdayOf } from '../dates/iso-date';
import { lunarNewYearDay, lunarToSolar, solarToLunar } from '../lunar/lunar-calendar';
import type { Holiday } from './year-calendar';

const TET_HOLIDAY_DAYS = 5;

/** The day adjacent to 2 September that is off by default: the 1st or the 3rd. */
export function nationalDayNeighbour(year: number): IsoDate {
  const first = formatIsoDate({ year, month: 9, day: 1 });
  const third = formatIsoDate({ year, month: 9, day: 3 });
  // Pick the adjacent day that joins the holiday to a weekend: when 2/9 is a Thursday the
  // 3rd (Friday) does; otherwise the 1st does, unless it is itself a weekend day. This
  // gives 3/9 for 2024 (Mon), 1/9 for 2025 (Tue) and 2026 (Wed), as decided those years.
  const nationalDay = formatIsoDate({ year, month: 9, day: 2 });
  if (weekdayOf(nationalDay) === 4 || isWeekend(first)) return third;
  return first;
}

/**
 * The five Tết days. The law says only "5 days"; the government has chosen either the last
 * two days of the old year and the first three of the new (2024, 2025) or the last day and
 * the first four (2026). The default takes whichever of those two windows has fewer
 * weekend days — fewer holidays wasted on the weekend — and the earlier one on a tie;
 * that reproduces all three decisions, and the 2023 break (20–26/1/2023) as well.
 */
export function tetHolidayDates(lunarYear: number): IsoDate[] {
  const newYearDay = lunarNewYearDay(lunarYear);
  const window = (firstDay: IsoDate): IsoDate[] => Array.from({ length: TET_HOLIDAY_DAYS }, (_, i) => addDays(firstDay, i));
  const twoBefore = window(addDays(newYearDay, -2));
  const oneBefore = window(addDays(newYearDay, -1));
  const weekendDays = (dates: IsoDate[]): number => dates.filter(isWeekend).length;
  return weekendDays(oneBefore) < weekendDays(twoBefore) ? oneBefore : twoBefore;
}

function tetDayName(date: IsoDate, newYearDay: IsoDate): string {
  const offset = daysBetween(newYearDay, date);
  if (offset >= 0) return `Tết Nguyên đán (mùng ${offset + 1} tháng Giêng)`;
  const lunar = solarToLunar(date);
  const monthName = lunar.month === 12 ? 'Chạp' : String(lunar.month);
  return `Tết Nguyên đán (${lunar.day} tháng ${monthName}${lunar.isLeapMonth ? ' nhuận' : ''})`;
}

/** All statutory holidays of a Gregorian year, in date order, with default day choices. */
export function statutoryHolidays(year: number): Holiday[] {
  const date = (month: number, day: number): IsoDate => formatIsoDate({ year, month, day });
  const newYearDay = lunarNewYearDay(year);
  const neighbour = nationalDayNeighbour(year);
  const holidays: Holiday[] = [
    { date: date(1, 1), name: 'Tết Dương lịch' },
    ...tetHolidayDates(year).map((tetDay) => ({ date: tetDay, name: tetDayName(tetDay, newYearDay) })),
    {
      // The regular 3rd month, even in a year whose leap month is the 3rd.
      date: lunarToSolar({ year, month: 3, day: 10, isLeapMonth: false }),
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
    },
    { date: date(4, 30), name: 'Ngày Chiến thắng (30/4)' },
    { date: date(5, 1), name: 'Ngày Quốc tế Lao động (1/5)' },
    { date: date(9, 2), name: 'Quốc khánh (2/9)' },
    { date: neighbour, name: `Quốc khánh (ngày liền kề ${neighbour.slice(8, 10)}/9)` },
  ];
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
