import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';

export class MovementQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Chỉ các phong trào do đơn vị này phát động' })
  @IsOptional()
  @IsUUID()
  localityId?: string;

  @ApiPropertyOptional({ example: '2024-06-11', description: 'Chỉ các phong trào đang diễn ra vào ngày này' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'ngày có dạng YYYY-MM-DD' })
  activeOn?: string;
}
