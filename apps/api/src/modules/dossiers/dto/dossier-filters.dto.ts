import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The filters of a dossier list, shared by `GET /api/dossiers` and its XLSX export
 * (`GET /api/dossiers.xlsx`), so both accept and check the same things.
 */
export class DossierFiltersDto {
  @ApiPropertyOptional({ enum: ['draft', 'in_progress', 'closed', 'failed'] })
  @IsOptional()
  @IsIn(['draft', 'in_progress', 'closed', 'failed'])
  status?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Hồ sơ của đơn vị này và các đơn vị trực thuộc' })
  @IsOptional()
  @IsUUID()
  localityId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(50)
  awardTypeCode?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Phong trào thi đua' })
  @IsOptional()
  @IsUUID()
  movementId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Trình từ ngày (theo giờ Việt Nam), tính cả ngày này', example: '2026-01-01' })
  @IsOptional()
  @Matches(DATE_ONLY, { message: 'submittedFrom phải có dạng YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  submittedFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Trình đến ngày (theo giờ Việt Nam), tính cả ngày này', example: '2026-12-31' })
  @IsOptional()
  @Matches(DATE_ONLY, { message: 'submittedTo phải có dạng YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  submittedTo?: string;
}
