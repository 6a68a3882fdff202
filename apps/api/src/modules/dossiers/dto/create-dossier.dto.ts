import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { SUBJECT_TYPES, type CriteriaAnswers, type SubjectType } from '@vinh-danh/domain';
import { IsCriteriaValues, IsSubjectTypeOfKind } from './criteria-values.validator';

export const NOMINEE_KINDS = ['individual', 'collective', 'household', 'enterprise'] as const;

export class NomineeInputDto {
  @ApiProperty({ enum: NOMINEE_KINDS })
  @IsIn(NOMINEE_KINDS as unknown as string[])
  kind!: (typeof NOMINEE_KINDS)[number];

  @ApiProperty({ example: 'Hộ ông Nguyễn Văn An, thôn Đồng Tâm' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  fullName!: string;

  @ApiPropertyOptional({ example: 'Trưởng thôn' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  achievements?: string;

  @ApiPropertyOptional({ enum: SUBJECT_TYPES, description: 'Đối tượng tiêu chuẩn: một tập thể có thể là thôn, xã, huyện hay cơ quan; mặc định theo loại' })
  @IsOptional()
  @IsSubjectTypeOfKind()
  subjectType?: SubjectType;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'object', properties: { value: { oneOf: [{ type: 'number' }, { type: 'boolean' }] }, evidence: { type: 'array', items: { type: 'string' } } } },
    description: 'Số liệu tiêu chuẩn theo mã tiêu chuẩn của phong trào; evidence là mã tệp đính kèm hoặc ghi chú',
    example: { XA_GIAM_TY_LE_HO_NGHEO: { value: 5.2, evidence: ['Báo cáo rà soát hộ nghèo năm 2019'] }, XA_MO_HINH_DIEM: { value: true } },
  })
  @IsOptional()
  @IsCriteriaValues()
  criteria?: CriteriaAnswers;
}

export class CreateDossierDto {
  @ApiProperty({ example: 'GK-CT-XA' })
  @IsString()
  @MaxLength(50)
  awardTypeCode!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  localityId!: string;

  @ApiProperty({ example: 'Đề nghị khen thưởng phong trào "Chung tay vì người nghèo" năm 2026' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  movementId?: string;

  @ApiProperty({ type: [NomineeInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => NomineeInputDto)
  nominees!: NomineeInputDto[];
}
