import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class TaskQueryDto {
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
