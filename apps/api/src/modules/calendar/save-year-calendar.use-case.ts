import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { validateYearCalendar, type YearCalendar } from '@vinh-danh/calendar';
import { Clock } from '../../common/clock/clock';
import { AccessPolicy } from '../access/access-policy';
import { AuditLog } from '../audit/audit-log';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CalendarEditForbiddenError, CalendarInvalidError } from './calendar.errors';
import { CalendarStore } from './calendar-store';
import type { YearCalendarDto } from './dto/year-calendar.dto';
import { CalendarYearEntity } from './entities/calendar-year.entity';
import { toCalendarYearView, type CalendarYearView } from './views/calendar-year-view';

/**
 * An admin replaces one year's schedule (e.g. a swap the government announced, or a new
 * holiday). It applies to due dates computed from then on; tasks already open keep theirs.
 */
@Injectable()
export class SaveYearCalendarUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly store: CalendarStore,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute(user: AuthenticatedUser, year: number, body: YearCalendarDto): Promise<CalendarYearView> {
    if (!(await this.access.canAdministerNationwide(user))) throw new CalendarEditForbiddenError();
    const calendar = normalised(body);
    const problems = [
      ...(calendar.year === year ? [] : [`year: năm ${calendar.year} trong nội dung khác năm ${year} trên đường dẫn`]),
      ...validateYearCalendar(calendar),
    ];
    if (problems.length > 0) throw new CalendarInvalidError(year, problems);

    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const previous = await this.store.effectiveYear(year, manager);
      await manager.getRepository(CalendarYearEntity).upsert({ year, calendar, updatedBy: user.username, updatedAt: now }, ['year']);
      await this.audit.append(manager, [
        { dossierId: null, type: 'calendar.updated', actor: user.username, occurredAt: now, payload: { year, previousOrigin: previous.origin, calendar } },
      ]);
    });
    this.store.invalidate();
    const saved = await this.store.effectiveYear(year);
    return toCalendarYearView(saved, await this.store.calendars());
  }
}

/** The body as plain data, texts in NFC and trimmed, so the stored schedule compares and prints cleanly. */
function normalised(body: YearCalendarDto): YearCalendar {
  const text = (value: string): string => value.normalize('NFC').trim();
  return {
    year: body.year,
    holidays: body.holidays.map(({ date, name }) => ({ date, name: text(name) })),
    daysOffInLieu: body.daysOffInLieu.map(({ date, reason }) => ({ date, reason: text(reason) })),
    swappedWorkingDays: body.swappedWorkingDays.map(({ date, reason }) => ({ date, reason: text(reason) })),
    extraDaysOff: body.extraDaysOff.map(({ date, reason }) => ({ date, reason: text(reason) })),
    ...(body.source ? { source: text(body.source) } : {}),
  };
}
