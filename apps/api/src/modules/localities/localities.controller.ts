import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { LocalityQueryDto } from './dto/locality-query.dto';
import type { LocalityEntity } from './entities/locality.entity';
import { LocalitiesService } from './localities.service';

@ApiTags('localities')
@ApiBearerAuth()
@Controller('localities')
export class LocalitiesController {
  constructor(private readonly localities: LocalitiesService) {}

  @Get()
  list(@Query() query: LocalityQueryDto): Promise<LocalityEntity[]> {
    return this.localities.list(query);
  }
}
