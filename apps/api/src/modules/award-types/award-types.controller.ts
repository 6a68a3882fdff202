import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { AwardTypesService } from './award-types.service';
import { AwardTypeFieldsDto, CreateAwardTypeDto } from './dto/award-type-input.dto';
import type { AwardTypeEntity } from './entities/award-type.entity';
import { SaveAwardTypeUseCase } from './save-award-type.use-case';

@ApiTags('award-types')
@ApiBearerAuth()
@Controller('award-types')
export class AwardTypesController {
  constructor(
    private readonly awardTypes: AwardTypesService,
    private readonly saveAwardType: SaveAwardTypeUseCase,
  ) {}

  @Get()
  list(): Promise<AwardTypeEntity[]> {
    return this.awardTypes.list();
  }

  @Post()
  @ApiOperation({ summary: 'Thêm hình thức khen thưởng (quản trị viên hệ thống hoặc cấp Trung ương)' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateAwardTypeDto): Promise<AwardTypeEntity> {
    return this.saveAwardType.create(user, body);
  }

  @Put(':code')
  @ApiOperation({ summary: 'Sửa hình thức khen thưởng: giấy tờ bắt buộc, thời hạn từng cấp, ngưỡng Hội đồng…' })
  update(@CurrentUser() user: AuthenticatedUser, @Param('code') code: string, @Body() body: AwardTypeFieldsDto): Promise<AwardTypeEntity> {
    return this.saveAwardType.update(user, code, body);
  }
}
