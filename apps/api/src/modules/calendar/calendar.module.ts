import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { CalendarStore } from './calendar-store';
import { SaveYearCalendarUseCase } from './save-year-calendar.use-case';

/** The working-day calendar: stored, admin-edited year schedules over libs/calendar's built-in ones. */
@Module({
  controllers: [CalendarController],
  providers: [CalendarStore, CalendarService, SaveYearCalendarUseCase],
  exports: [CalendarStore],
})
export class CalendarModule {}
