import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class CompleteTaskDto {
  @ApiProperty({ example: 'approve', description: 'Một trong các giá trị `outcomes` của công việc' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_-]{0,49}$/)
  outcome!: string;

  @ApiPropertyOptional({ description: 'Dữ liệu theo biểu mẫu `form` của công việc', example: { members: 9, present: 9, votesFor: 9 } })
  @IsOptional()
  @IsObject()
  data?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Ý kiến / lý do (bắt buộc khi trả lại hoặc không chấp thuận)' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;
}
