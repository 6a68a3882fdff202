import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '../../../common/paging/page-query.dto';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export class DossierQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Tìm theo mã, tên hồ sơ hoặc tên người/tập thể được đề nghị, không phân biệt dấu và hoa thường; khi tìm, tổng số chỉ đếm tới 500 (totalCapped)', example: 'khen thuong' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

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
