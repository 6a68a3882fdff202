import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/paging/page-query.dto';
import { DossierFiltersDto } from './dossier-filters.dto';

/** `GET /api/dossiers`: the shared filters, a page, and the diacritic-insensitive search. */
export class DossierQueryDto extends IntersectionType(PageQueryDto, DossierFiltersDto) {
  @ApiPropertyOptional({ description: 'Tìm theo mã, tên hồ sơ hoặc tên người/tập thể được đề nghị, không phân biệt dấu và hoa thường; khi tìm, tổng số chỉ đếm tới 500 (totalCapped)', example: 'khen thuong' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
