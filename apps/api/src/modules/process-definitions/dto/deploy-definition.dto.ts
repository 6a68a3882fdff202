import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

export class DeployDefinitionDto {
  @ApiProperty({ example: 'commendation-two-tier', description: 'Khoá quy trình; mỗi lần triển khai tạo một phiên bản mới' })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{1,99}$/, { message: 'key chỉ gồm chữ thường, số và dấu gạch ngang' })
  key!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  localityId!: string;

  @ApiProperty({ description: 'Nội dung tệp BPMN 2.0 (XML)' })
  @IsString()
  @MinLength(1)
  xml!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  name?: string;
}
