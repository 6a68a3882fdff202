import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { MovementInputDto } from './dto/movement-input.dto';
import { MovementQueryDto } from './dto/movement-query.dto';
import type { MovementEntity } from './entities/movement.entity';
import { MovementsService } from './movements.service';

@ApiTags('movements')
@ApiBearerAuth()
@Controller('movements')
export class MovementsController {
  constructor(private readonly movements: MovementsService) {}

  @Get()
  @ApiOperation({ summary: 'Các phong trào thi đua, với tiêu chuẩn theo đối tượng và định mức' })
  list(@Query() query: MovementQueryDto): Promise<MovementEntity[]> {
    return this.movements.list(query);
  }

  @Get(':id')
  get(@Param('id') id: string): Promise<MovementEntity> {
    return this.movements.get(id);
  }

  @Post()
  @ApiOperation({ summary: 'Tạo phong trào (quản trị viên của đơn vị phát động hoặc cấp trên)' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: MovementInputDto): Promise<MovementEntity> {
    return this.movements.create(user, body);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Sửa phong trào: thời gian, sơ kết, tổng kết, tiêu chuẩn, định mức' })
  update(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: MovementInputDto): Promise<MovementEntity> {
    return this.movements.update(user, id, body);
  }
}
