import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** The text field beside the certificate in the multipart form. */
export class SignDecisionDto {
  @ApiPropertyOptional({ description: 'Mật khẩu của tệp chứng thư số; chỉ dùng để ký, không lưu, không ghi nhật ký' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  passphrase?: string;
}

/** For the OpenAPI document only: the form as a whole. */
export class SignDecisionFormDto extends SignDecisionDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'Chứng thư số PKCS#12 (.p12, .pfx) của Chủ tịch' })
  file!: unknown;
}
