import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { RoleGrantDto } from './role-grant.dto';

export class UpdateUserDto {
  @ApiPropertyOptional({ example: 'Nguyễn Thị Hoa' })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'Họ và tên không được để trống' })
  @MaxLength(200)
  fullName?: string;

  @ApiPropertyOptional({ minLength: 8, writeOnly: true, description: 'Đặt lại mật khẩu' })
  @IsOptional()
  @IsString()
  @MinLength(8, { message: 'Mật khẩu phải có ít nhất 8 ký tự' })
  @MaxLength(200)
  password?: string;

  @ApiPropertyOptional({ type: [RoleGrantDto], description: 'Thay toàn bộ các vai trò trong phạm vi bạn quản trị; vai trò ở đơn vị khác giữ nguyên' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RoleGrantDto)
  roles?: RoleGrantDto[];

  @ApiPropertyOptional({ description: 'false: khoá tài khoản (không đăng nhập được, mọi phiên đang có hết hiệu lực)' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
