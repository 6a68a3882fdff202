import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';
import { AREA_CLASSES } from '@vinh-danh/domain';

/** `{areaClass: "I" | "II" | "III" | null}`; the value is checked by the use case (422 for anything else). */
export class SetAreaClassDto {
  @ApiProperty({ enum: AREA_CLASSES, nullable: true, description: 'Khu vực I, II, III; null bỏ phân loại' })
  @Allow()
  areaClass!: unknown;
}
