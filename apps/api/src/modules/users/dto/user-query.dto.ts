import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/paging/page-query.dto';

export class UserQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Tên đăng nhập hoặc họ tên, không phân biệt hoa thường' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Chỉ người có vai trò tại đơn vị này hoặc cấp dưới' })
  @IsOptional()
  @IsUUID()
  localityId?: string;
}
