import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CalendarService, type DueDateView } from './calendar.service';
import { CalendarYearParamDto } from './dto/calendar-year-param.dto';
import { DueDateQueryDto } from './dto/due-date-query.dto';
import { YearCalendarDto } from './dto/year-calendar.dto';
import { SaveYearCalendarUseCase } from './save-year-calendar.use-case';
import type { CalendarYearView } from './views/calendar-year-view';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly calendar: CalendarService,
    private readonly saveYear: SaveYearCalendarUseCase,
  ) {}

  // Declared before ':year' so that "due" is never read as a year.
  @Get('due')
  @ApiOperation({ summary: 'Hạn xử lý: ngày làm việc thứ N sau ngày nhận hồ sơ' })
  @ApiOkResponse({ schema: { example: { from: '2026-02-13', workingDays: 1, due: '2026-02-23', dueAt: '2026-02-23T16:59:59.000Z' } } })
  due(@Query() query: DueDateQueryDto): Promise<DueDateView> {
    return this.calendar.due(query.from, query.workingDays);
  }

  @Get(':year')
  @ApiOperation({ summary: 'Lịch nghỉ lễ, nghỉ bù, làm bù của một năm và nguồn của lịch' })
  year(@Param() params: CalendarYearParamDto): Promise<CalendarYearView> {
    return this.calendar.year(params.year);
  }

  @Put(':year')
  @ApiOperation({ summary: 'Sửa lịch nghỉ của một năm (quản trị viên hệ thống hoặc cấp Trung ương)' })
  save(@CurrentUser() user: AuthenticatedUser, @Param() params: CalendarYearParamDto, @Body() body: YearCalendarDto): Promise<CalendarYearView> {
    return this.saveYear.execute(user, params.year, body);
  }
}
