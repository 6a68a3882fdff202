import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

// Shapes only: whether the dates exist and the lists agree is libs/calendar's
// validateYearCalendar, answered as 422 CALENDAR_INVALID with every problem at once.
const MAX_ENTRIES_PER_LIST = 60;

export class HolidayDto {
  @ApiProperty({ example: '2026-02-17' })
  @IsString()
  @MaxLength(20)
  date!: string;

  @ApiProperty({ example: 'Tết Nguyên đán (mùng 1 tháng Giêng)' })
  @IsString()
  @Matches(/\S/, { message: '$property không được để trống' })
  @MaxLength(200)
  name!: string;
}

export class ReasonedDayDto {
  @ApiProperty({ example: '2026-11-24' })
  @IsString()
  @MaxLength(20)
  date!: string;

  @ApiProperty({ example: 'Ngày Văn hóa Việt Nam' })
  @IsString()
  @Matches(/\S/, { message: '$property không được để trống' })
  @MaxLength(300)
  reason!: string;
}

/** One year's schedule of days off (libs/calendar `YearCalendar`), as an admin saves it. */
export class YearCalendarDto {
  @ApiProperty({ example: 2026 })
  @IsInt()
  year!: number;

  @ApiProperty({ type: [HolidayDto], description: 'Ngày nghỉ lễ, Tết (Điều 112 Bộ luật Lao động)' })
  @IsArray()
  @ArrayMaxSize(MAX_ENTRIES_PER_LIST)
  @ValidateNested({ each: true })
  @Type(() => HolidayDto)
  holidays!: HolidayDto[];

  @ApiProperty({ type: [ReasonedDayDto], description: 'Ngày nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần' })
  @IsArray()
  @ArrayMaxSize(MAX_ENTRIES_PER_LIST)
  @ValidateNested({ each: true })
  @Type(() => ReasonedDayDto)
  daysOffInLieu!: ReasonedDayDto[];

  @ApiProperty({ type: [ReasonedDayDto], description: 'Ngày thứ Bảy, Chủ nhật đi làm bù' })
  @IsArray()
  @ArrayMaxSize(MAX_ENTRIES_PER_LIST)
  @ValidateNested({ each: true })
  @Type(() => ReasonedDayDto)
  swappedWorkingDays!: ReasonedDayDto[];

  @ApiProperty({ type: [ReasonedDayDto], description: 'Ngày làm việc được nghỉ (hoán đổi hoặc nghỉ thêm theo quyết định)' })
  @IsArray()
  @ArrayMaxSize(MAX_ENTRIES_PER_LIST)
  @ValidateNested({ each: true })
  @Type(() => ReasonedDayDto)
  extraDaysOff!: ReasonedDayDto[];

  @ApiPropertyOptional({ description: 'Văn bản làm căn cứ', example: 'Công văn 12729/VPCP-KGVX (25/12/2025)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  source?: string;
}
