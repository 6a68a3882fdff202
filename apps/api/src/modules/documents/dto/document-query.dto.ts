import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { LEVELS, type Level } from '@vinh-danh/domain';

export class DocumentQueryDto {
  @ApiPropertyOptional({ description: 'Một bản đã ban hành cụ thể (id trong GET /documents), kể cả bản cũ' })
  @IsOptional()
  @IsUUID()
  issuedId?: string;

  @ApiPropertyOptional({ enum: LEVELS, description: 'Biên bản của cấp nào (mặc định: lần họp gần nhất)' })
  @IsOptional()
  @IsIn(LEVELS)
  level?: Level;
}
