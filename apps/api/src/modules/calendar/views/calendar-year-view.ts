import { dayStatus, weekdayOf, workingDaysBetween, type DayKind, type YearCalendar, type YearCalendars } from '@vinh-danh/calendar';
import type { CalendarOrigin, EffectiveYearCalendar } from '../calendar-store';

const ORIGIN_LABELS: Record<CalendarOrigin, string> = {
  edited: 'Lịch do quản trị viên điều chỉnh',
  official: 'Lịch nghỉ chính thức theo văn bản đã công bố',
  rules: 'Lịch tính theo Bộ luật Lao động 2019 (chưa có lịch chính thức)',
};

const KIND_LABELS: Record<DayKind, string> = {
  weekday: 'Ngày làm việc',
  weekend: 'Nghỉ hằng tuần',
  holiday: 'Nghỉ lễ, Tết',
  dayOffInLieu: 'Nghỉ bù',
  extraDayOff: 'Nghỉ hoán đổi',
  swappedWorkingDay: 'Làm bù',
};

const WEEKDAY_NAMES = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

export interface CalendarDayView {
  date: string;
  weekday: string;
  isWorkingDay: boolean;
  kind: DayKind;
  kindLabel: string;
  label: string | null;
}

/** `GET /api/calendar/{year}`: the effective schedule, where it came from, and each named day as it is counted. */
export interface CalendarYearView {
  year: number;
  origin: CalendarOrigin;
  originLabel: string;
  source: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
  /** Working days from 1/1 to 31/12 of the year under this schedule. */
  workingDays: number;
  /** The schedule itself: what `PUT /api/calendar/{year}` takes back. */
  calendar: YearCalendar;
  /** Every date the schedule names, in date order, with how it is counted once all schedules are applied. */
  days: CalendarDayView[];
}

export function toCalendarYearView(effective: EffectiveYearCalendar, calendars: YearCalendars): CalendarYearView {
  const { calendar } = effective;
  const named = new Set(
    [...calendar.holidays, ...calendar.daysOffInLieu, ...calendar.extraDaysOff, ...calendar.swappedWorkingDays].map((entry) => entry.date),
  );
  const days = [...named].sort().map((date): CalendarDayView => {
    const status = dayStatus(date, calendars);
    return {
      date,
      weekday: WEEKDAY_NAMES[weekdayOf(date)],
      isWorkingDay: status.isWorkingDay,
      kind: status.kind,
      kindLabel: KIND_LABELS[status.kind],
      label: status.label ?? null,
    };
  });
  return {
    year: calendar.year,
    origin: effective.origin,
    originLabel: ORIGIN_LABELS[effective.origin],
    source: calendar.source ?? null,
    updatedBy: effective.updatedBy,
    updatedAt: effective.updatedAt ? new Date(effective.updatedAt).toISOString() : null,
    workingDays: workingDaysBetween(`${calendar.year - 1}-12-31`, `${calendar.year}-12-31`, calendars),
    calendar,
    days,
  };
}
