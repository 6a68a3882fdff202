import { Injectable } from '@nestjs/common';
import { addWorkingDays, dueInstant } from '@vinh-danh/calendar';
import { CalendarStore } from './calendar-store';
import { toCalendarYearView, type CalendarYearView } from './views/calendar-year-view';

export interface DueDateView {
  from: string;
  workingDays: number;
  /** The last day of the period, in Vietnam. */
  due: string;
  /** The instant it expires: the end of that day in Vietnam (23:59:59+07:00). */
  dueAt: string;
}

/** Reads of the working-day calendar; every computation uses the effective schedules of CalendarStore. */
@Injectable()
export class CalendarService {
  constructor(private readonly store: CalendarStore) {}

  async year(year: number): Promise<CalendarYearView> {
    const effective = await this.store.effectiveYear(year);
    return toCalendarYearView(effective, await this.store.calendars());
  }

  async due(from: string, workingDays: number): Promise<DueDateView> {
    const due = addWorkingDays(from, workingDays, await this.store.calendars());
    return { from, workingDays, due, dueAt: dueInstant(due) };
  }
}
