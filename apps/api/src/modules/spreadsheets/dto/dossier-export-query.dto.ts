import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** The filters of `GET /api/dossiers` that the XLSX export honours, validated the same way. */
export class DossierExportQueryDto {
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
}
