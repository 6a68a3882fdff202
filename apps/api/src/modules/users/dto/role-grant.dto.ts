import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { ROLES, type Role } from '@vinh-danh/domain';

export class RoleGrantDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES as unknown as string[])
  role!: Role;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  localityId!: string;
}
