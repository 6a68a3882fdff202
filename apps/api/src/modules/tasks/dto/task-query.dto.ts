import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '../../../common/paging/page-query.dto';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';

export class TaskQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['mine', 'candidate', 'all'], default: 'candidate' })
  @IsOptional()
  @IsIn(['mine', 'candidate', 'all'])
  scope?: 'mine' | 'candidate' | 'all';

  @ApiPropertyOptional({ enum: ['open', 'completed', 'cancelled'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'completed', 'cancelled'])
  status?: 'open' | 'completed' | 'cancelled';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  dossierId?: string;

  @ApiPropertyOptional({ description: 'true: chỉ công việc quá hạn (chưa xong mà đã qua hạn, hoặc xong sau hạn); false: chỉ công việc không quá hạn' })
  @IsOptional()
  // A query string carries text: only the words true and false are accepted.
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
}
