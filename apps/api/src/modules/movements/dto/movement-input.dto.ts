import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import type { Criterion, Quota } from '@vinh-danh/domain';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'ngày có dạng YYYY-MM-DD';

/**
 * A movement as an admin types it. Criteria and quotas are checked against the libs/domain
 * model by the service (422 MOVEMENT_INVALID), not here, so that every problem is listed.
 */
export class MovementInputDto {
  @ApiProperty({ example: 'VI-NGUOI-NGHEO-2021-2025' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,59}$/, { message: 'mã gồm chữ in hoa, chữ số và dấu gạch ngang (2-60 ký tự)' })
  code!: string;

  @ApiProperty({ example: 'Vì người nghèo - Không để ai bị bỏ lại phía sau (giai đoạn 2021-2025)' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  @ApiProperty({ format: 'uuid', description: 'Đơn vị phát động' })
  @IsUUID()
  localityId!: string;

  @ApiPropertyOptional({ example: 'Quyết định số 666/QĐ-TTg ngày 02/6/2022 của Thủ tướng Chính phủ' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  legalBasis?: string;

  @ApiProperty({ example: '2021-01-01' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: DATE_MESSAGE })
  periodFrom!: string;

  @ApiProperty({ example: '2025-12-31' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: DATE_MESSAGE })
  periodTo!: string;

  @ApiPropertyOptional({ example: '2023-06-11', description: 'Sơ kết' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: DATE_MESSAGE })
  midTermReviewOn?: string;

  @ApiPropertyOptional({ example: '2025-06-11', description: 'Tổng kết' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: DATE_MESSAGE })
  finalReviewOn?: string;

  @ApiPropertyOptional({ description: 'Văn bản, mục quy định thời điểm sơ kết, tổng kết' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reviewBasis?: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    example: [
      {
        code: 'XA_GIAM_TY_LE_HO_NGHEO',
        label: 'Mức giảm tỷ lệ hộ nghèo bình quân',
        subjectType: 'commune',
        kind: 'measured',
        unit: '%/năm',
        threshold: { byAreaClass: { II: { min: 3 }, III: { min: 5 } } },
        source: 'Kế hoạch 75/KH-UBND, mục III.1.2',
      },
    ],
  })
  @IsArray()
  criteria!: Criterion[];

  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    example: [{ code: 'MOI_XA_MOT_THON', label: 'Mỗi xã chọn 01 thôn tiêu biểu', subjectType: 'village', per: 'commune', max: 1, source: 'Kế hoạch 75/KH-UBND, mục III.2' }],
  })
  @IsArray()
  quotas!: Quota[];
}
