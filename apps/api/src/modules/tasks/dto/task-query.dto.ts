import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '../../../common/paging/page-query.dto';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

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
}
