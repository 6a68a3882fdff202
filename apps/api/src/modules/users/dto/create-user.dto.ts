import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { RoleGrantDto } from './role-grant.dto';

export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{2,99}$/;

export class CreateUserDto {
  @ApiProperty({ example: 'canbo.caugo', description: 'Chữ, số, dấu chấm, gạch ngang, gạch dưới; 3–100 ký tự' })
  @Matches(USERNAME_PATTERN, { message: 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch; 3–100 ký tự' })
  username!: string;

  @ApiProperty({ example: 'Nguyễn Thị Hoa' })
  @IsString()
  @Matches(/\S/, { message: 'Họ và tên không được để trống' })
  @MaxLength(200)
  fullName!: string;

  @ApiProperty({ minLength: 8, writeOnly: true })
  @IsString()
  @MinLength(8, { message: 'Mật khẩu phải có ít nhất 8 ký tự' })
  @MaxLength(200)
  password!: string;

  @ApiProperty({ type: [RoleGrantDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RoleGrantDto)
  roles!: RoleGrantDto[];
}
