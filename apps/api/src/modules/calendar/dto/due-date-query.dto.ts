import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, Min, ValidateBy } from 'class-validator';
import { isIsoDate, yearOf } from '@vinh-danh/calendar';
import { CALENDAR_YEARS } from './calendar-year-param.dto';

/** A real calendar date `YYYY-MM-DD` (not 2025-02-30) in a year the calendar serves. */
function IsCalendarDate(): PropertyDecorator {
  return ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => isIsoDate(value) && yearOf(value) >= CALENDAR_YEARS.from && yearOf(value) < CALENDAR_YEARS.to,
      defaultMessage: () => `phải là một ngày có thật dạng YYYY-MM-DD, từ năm ${CALENDAR_YEARS.from} đến ${CALENDAR_YEARS.to - 1}`,
    },
  });
}

export class DueDateQueryDto {
  @ApiProperty({ example: '2026-02-13', description: 'Ngày nhận đủ hồ sơ (không tính ngày này)' })
  @IsString()
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: 10, minimum: 1, maximum: 365, description: 'Thời hạn, tính bằng ngày làm việc' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  workingDays!: number;
}
