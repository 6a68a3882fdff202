import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** The text fields beside the file in the multipart form. */
export class UploadAttachmentDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Đối tượng trong danh sách mà tệp là minh chứng' })
  @IsOptional()
  @IsUUID()
  nomineeId?: string;

  @ApiPropertyOptional({ example: 'Biên bản bình xét của thôn' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;
}

/** For the OpenAPI document only: the form as a whole. */
export class UploadAttachmentFormDto extends UploadAttachmentDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'PDF, JPEG, PNG, DOCX hoặc XLSX' })
  file!: unknown;
}
