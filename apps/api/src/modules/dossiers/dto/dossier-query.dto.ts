import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export class DossierQueryDto {
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

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}
