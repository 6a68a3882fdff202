import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '../../../common/paging/page-query.dto';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class DossierQueryDto extends PageQueryDto {
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
