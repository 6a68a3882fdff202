import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ImportLocalitiesQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'true', description: 'true: chỉ xem trước, không ghi gì' })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}

/** For the OpenAPI document: the multipart body. */
export class ImportLocalitiesBodyDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'CSV (UTF-8, dấu phẩy hoặc chấm phẩy) hoặc XLSX; cột Mã, Tên, Cấp, Mã cấp trên, Hiệu lực từ, Hiệu lực đến' })
  file!: unknown;
}
