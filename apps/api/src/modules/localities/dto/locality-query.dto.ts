import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { LEVELS } from '@vinh-danh/domain';

export class LocalityQueryDto {
  @ApiPropertyOptional({ enum: LEVELS })
  @IsOptional()
  @IsIn(LEVELS as unknown as string[])
  level?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ description: 'Chỉ các đơn vị có hiệu lực vào ngày này (YYYY-MM-DD)', example: '2025-06-30' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'at phải có dạng YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'at không phải ngày có thật' })
  at?: string;

  @ApiPropertyOptional({ description: 'Tìm theo tên hoặc mã, không phân biệt hoa thường và dấu', example: 'thanh xuan' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
