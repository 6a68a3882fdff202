import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** `GET /api/monitoring/bottlenecks`: which flow, which subtree, which window of completions. */
export class BottleneckQueryDto {
  @ApiPropertyOptional({ description: 'Khoá quy trình (mọi phiên bản, mọi đơn vị triển khai); bỏ trống: mọi quy trình', example: 'commendation-two-tier' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  definitionKey?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Chỉ các bước do đơn vị này và các đơn vị trực thuộc xử lý; phải nằm trong phạm vi người gọi giám sát' })
  @IsOptional()
  @IsUUID()
  localityId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Tính các bước hoàn thành từ ngày (theo giờ Việt Nam), tính cả ngày này; bỏ trống: không giới hạn', example: '2026-01-01' })
  @IsOptional()
  @Matches(DATE_ONLY, { message: 'from phải có dạng YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Tính các bước hoàn thành đến ngày (theo giờ Việt Nam), tính cả ngày này; bỏ trống: đến nay', example: '2026-12-31' })
  @IsOptional()
  @Matches(DATE_ONLY, { message: 'to phải có dạng YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  to?: string;
}
