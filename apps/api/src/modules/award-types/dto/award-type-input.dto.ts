import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LEVELS, SUBJECT_TYPES_BY_NOMINEE_KIND, type Level } from '@vinh-danh/domain';

/** The kinds of list line (individual, collective, household, enterprise) an award may be proposed for. */
const NOMINEE_KINDS = Object.keys(SUBJECT_TYPES_BY_NOMINEE_KIND);

export class RequiredDocumentDto {
  @ApiProperty({ example: 'achievement-report' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,59}$/, { message: 'mã giấy tờ gồm chữ thường, chữ số và dấu gạch ngang' })
  code!: string;

  @ApiProperty({ example: 'Báo cáo thành tích của tập thể, cá nhân được đề nghị khen thưởng' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;
}

export class ProcessingLimitDto {
  @ApiProperty({ enum: LEVELS })
  @IsIn(LEVELS as unknown as string[])
  level!: Level;

  @ApiProperty({ example: 20, description: 'Số ngày làm việc kể từ khi nhận đủ hồ sơ' })
  @IsInt()
  @Min(1)
  @Max(120)
  workingDays!: number;

  @ApiProperty({ example: 'Thủ tục hành chính lĩnh vực thi đua, khen thưởng do địa phương công bố' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  legalBasis!: string;
}

/** Everything an award type holds except its code: the body of `PUT /api/award-types/{code}`. */
export class AwardTypeFieldsDto {
  @ApiProperty({ example: 'Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: LEVELS, description: 'Cấp có thẩm quyền quyết định; central là Thủ tướng Chính phủ hoặc Chủ tịch nước' })
  @IsIn(LEVELS as unknown as string[])
  grantingLevel!: Level;

  @ApiProperty({ example: 'Chủ tịch Ủy ban nhân dân cấp tỉnh' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  grantedBy!: string;

  @ApiProperty({ example: 80, description: 'Tỷ lệ phiếu đồng ý trên tổng số thành viên Hội đồng (%)' })
  @IsInt()
  @Min(50)
  @Max(100)
  councilThresholdPercent!: number;

  @ApiProperty({ enum: NOMINEE_KINDS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(NOMINEE_KINDS, { each: true })
  subjectTypes!: string[];

  @ApiPropertyOptional({ example: 'Luật Thi đua, khen thưởng số 06/2022/QH15' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  legalBasis?: string;

  @ApiPropertyOptional({ example: '2025-06-30', description: 'Ngày cuối cùng được đề nghị' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validTo có dạng YYYY-MM-DD' })
  validTo?: string;

  @ApiProperty({ type: [RequiredDocumentDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => RequiredDocumentDto)
  requiredDocuments!: RequiredDocumentDto[];

  @ApiProperty({ type: [ProcessingLimitDto] })
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => ProcessingLimitDto)
  processingLimits!: ProcessingLimitDto[];
}

export class CreateAwardTypeDto extends AwardTypeFieldsDto {
  @ApiProperty({ example: 'CTD-UBND-TINH' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,49}$/, { message: 'mã gồm chữ in hoa, chữ số và dấu gạch ngang (2-50 ký tự)' })
  code!: string;
}
