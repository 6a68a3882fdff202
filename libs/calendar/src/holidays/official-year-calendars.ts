/**
 * The schedules the government published for state agencies (công chức, viên chức), copied
 * date by date. This is DATA, not computed: tests check that the rules agree with it where
 * the rules decide. Admins add later years (and corrections) through the api; pass those
 * first, e.g. `withBuiltInCalendars(storedCalendars)`.
 *
 * Sources (news reports of the official documents, read through the search tool; the
 * documents themselves were not available to read in full):
 *  2024 — Tết 8–14/2 "5 ngày nghỉ Tết và 2 ngày nghỉ bù (khoản 3 Điều 111 BLLĐ)" and Quốc
 *         khánh 31/8–3/9 (2 ngày lễ + 2 ngày nghỉ hằng tuần): announcement of the Ministry of
 *         Labour (MOLISA) reported by sucsongtre.vn; the Tết days being 2 before + 3 after
 *         Tết is MOLISA's proposal reported by kinhtedothi.vn. 30/4–1/5: Công văn
 *         2450/VPCP-KGVX of 12/4/2024, swap Monday 29/4 ↔ Saturday 4/5 (baophapluat.vn,
 *         baotintuc.vn, chinhphu.vn). Giỗ Tổ: 18/4 (chinhphu.vn). 1/1 was a Monday.
 *  2025 — Công văn 8726/VPCP-KGVX of 26/11/2024 and Thông báo 6150/TB-BLĐTBXH: Tết 5 days
 *         27/1–31/1 (28 tháng Chạp – mùng 3), 9 days off with the weekends 25/1–2/2, no
 *         swap; 30/4–4/5 with Friday 2/5 ↔ Saturday 26/4; Quốc khánh 30/8–2/9; 1/1 one day;
 *         Giỗ Tổ 7/4 (luatvietnam.vn, kntb.vn, vietnamplus.vn, doanhnhanvakinhte.com).
 *  2026 — Công văn 12729/VPCP-KGVX of 25/12/2025: 1/1–4/1 with Friday 2/1 ↔ Saturday 10/1.
 *         Government office letter of 13/10/2025 (Prime Minister agreeing with the Ministry
 *         of Home Affairs): Tết 14/2–22/2 with the 5 Tết days 16–20/2 (29 tháng Chạp – mùng
 *         4), Quốc khánh 29/8–2/9 with Monday 31/8 ↔ Saturday 22/8 (kienthuc.net.vn,
 *         congan.com.vn, vietnammedia.vnanet.vn). Giỗ Tổ on Sunday 26/4 → nghỉ bù Monday
 *         27/4; 30/4–1/5 (Thursday–Friday) with no swap (thanhnien.vn, 23/2/2026).
 *         Not verified: whether anything was announced for 2026 after February 2026
 *         (e.g. a 30/4 swap, or 24/11 becoming a holiday).
 */
import type { YearCalendar } from './year-calendar';

const TET = 'Tết Nguyên đán';

export const OFFICIAL_YEAR_CALENDAR_2024: YearCalendar = {
  year: 2024,
  holidays: [
    { date: '2024-01-01', name: 'Tết Dương lịch' },
    { date: '2024-02-08', name: `${TET} (29 tháng Chạp)` },
    { date: '2024-02-09', name: `${TET} (30 tháng Chạp)` },
    { date: '2024-02-10', name: `${TET} (mùng 1 tháng Giêng)` },
    { date: '2024-02-11', name: `${TET} (mùng 2 tháng Giêng)` },
    { date: '2024-02-12', name: `${TET} (mùng 3 tháng Giêng)` },
    { date: '2024-04-18', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { date: '2024-04-30', name: 'Ngày Chiến thắng (30/4)' },
    { date: '2024-05-01', name: 'Ngày Quốc tế Lao động (1/5)' },
    { date: '2024-09-02', name: 'Quốc khánh (2/9)' },
    { date: '2024-09-03', name: 'Quốc khánh (ngày liền kề 03/9)' },
  ],
  daysOffInLieu: [
    { date: '2024-02-13', reason: 'Nghỉ bù: mùng 1 Tết (thứ Bảy 10/2) trùng ngày nghỉ hằng tuần' },
    { date: '2024-02-14', reason: 'Nghỉ bù: mùng 2 Tết (Chủ nhật 11/2) trùng ngày nghỉ hằng tuần' },
  ],
  swappedWorkingDays: [{ date: '2024-05-04', reason: 'Làm bù cho thứ Hai 29/4 (Công văn 2450/VPCP-KGVX)' }],
  extraDaysOff: [{ date: '2024-04-29', reason: 'Hoán đổi với thứ Bảy 4/5 (Công văn 2450/VPCP-KGVX)' }],
  source: 'MOLISA announcement on Tết and Quốc khánh 2024; Công văn 2450/VPCP-KGVX (12/4/2024)',
};

export const OFFICIAL_YEAR_CALENDAR_2025: YearCalendar = {
  year: 2025,
  holidays: [
    { date: '2025-01-01', name: 'Tết Dương lịch' },
    { date: '2025-01-27', name: `${TET} (28 tháng Chạp)` },
    { date: '2025-01-28', name: `${TET} (29 tháng Chạp)` },
    { date: '2025-01-29', name: `${TET} (mùng 1 tháng Giêng)` },
    { date: '2025-01-30', name: `${TET} (mùng 2 tháng Giêng)` },
    { date: '2025-01-31', name: `${TET} (mùng 3 tháng Giêng)` },
    { date: '2025-04-07', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { date: '2025-04-30', name: 'Ngày Chiến thắng (30/4)' },
    { date: '2025-05-01', name: 'Ngày Quốc tế Lao động (1/5)' },
    { date: '2025-09-01', name: 'Quốc khánh (ngày liền kề 01/9)' },
    { date: '2025-09-02', name: 'Quốc khánh (2/9)' },
  ],
  daysOffInLieu: [],
  swappedWorkingDays: [{ date: '2025-04-26', reason: 'Làm bù cho thứ Sáu 2/5 (Thông báo 6150/TB-BLĐTBXH)' }],
  extraDaysOff: [{ date: '2025-05-02', reason: 'Hoán đổi với thứ Bảy 26/4 (Thông báo 6150/TB-BLĐTBXH)' }],
  source: 'Công văn 8726/VPCP-KGVX (26/11/2024); Thông báo 6150/TB-BLĐTBXH',
};

export const OFFICIAL_YEAR_CALENDAR_2026: YearCalendar = {
  year: 2026,
  holidays: [
    { date: '2026-01-01', name: 'Tết Dương lịch' },
    { date: '2026-02-16', name: `${TET} (29 tháng Chạp)` },
    { date: '2026-02-17', name: `${TET} (mùng 1 tháng Giêng)` },
    { date: '2026-02-18', name: `${TET} (mùng 2 tháng Giêng)` },
    { date: '2026-02-19', name: `${TET} (mùng 3 tháng Giêng)` },
    { date: '2026-02-20', name: `${TET} (mùng 4 tháng Giêng)` },
    { date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { date: '2026-04-30', name: 'Ngày Chiến thắng (30/4)' },
    { date: '2026-05-01', name: 'Ngày Quốc tế Lao động (1/5)' },
    { date: '2026-09-01', name: 'Quốc khánh (ngày liền kề 01/9)' },
    { date: '2026-09-02', name: 'Quốc khánh (2/9)' },
  ],
  daysOffInLieu: [{ date: '2026-04-27', reason: 'Nghỉ bù: Giỗ Tổ Hùng Vương (Chủ nhật 26/4) trùng ngày nghỉ hằng tuần' }],
  swappedWorkingDays: [
    { date: '2026-01-10', reason: 'Làm bù cho thứ Sáu 2/1 (Công văn 12729/VPCP-KGVX)' },
    { date: '2026-08-22', reason: 'Làm bù cho thứ Hai 31/8 (ý kiến Thủ tướng, 13/10/2025)' },
  ],
  extraDaysOff: [
    { date: '2026-01-02', reason: 'Hoán đổi với thứ Bảy 10/1 (Công văn 12729/VPCP-KGVX)' },
    { date: '2026-08-31', reason: 'Hoán đổi với thứ Bảy 22/8 (ý kiến Thủ tướng, 13/10/2025)' },
  ],
  source: 'Công văn 12729/VPCP-KGVX (25/12/2025); VPCP letter of 13/10/2025 on Tết and Quốc khánh 2026',
};

/** The built-in official schedules, one per year. */
export const OFFICIAL_YEAR_CALENDARS: readonly YearCalendar[] = [
  OFFICIAL_YEAR_CALENDAR_2024,
  OFFICIAL_YEAR_CALENDAR_2025,
  OFFICIAL_YEAR_CALENDAR_2026,
];

/**
 * The schedules to use: the given ones (e.g. admin-edited, from the database) and, for the
 * years they do not cover, the built-in official ones. Years in neither fall back to the
 * rules (see `calendarForYear`).
 */
export function withBuiltInCalendars(overrides: readonly YearCalendar[]): YearCalendar[] {
  const covered = new Set(overrides.map((calendar) => calendar.year));
  return [...overrides, ...OFFICIAL_YEAR_CALENDARS.filter((calendar) => !covered.has(calendar.year))];
}
