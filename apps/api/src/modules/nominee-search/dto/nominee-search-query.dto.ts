import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/paging/page-query.dto';

export class NomineeSearchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Tìm theo họ tên, tên tập thể hoặc chức danh, không phân biệt dấu và hoa thường', example: 'nguyen van a' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
