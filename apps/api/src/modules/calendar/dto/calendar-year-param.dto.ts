import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/** Years the calendar serves: inside the range its lunar calendar is trusted for, with margin. */
export const CALENDAR_YEARS = { from: 1900, to: 2100 } as const;

export class CalendarYearParamDto {
  @ApiProperty({ example: 2026, minimum: CALENDAR_YEARS.from, maximum: CALENDAR_YEARS.to })
  @Type(() => Number)
  @IsInt()
  @Min(CALENDAR_YEARS.from)
  @Max(CALENDAR_YEARS.to)
  year!: number;
}
