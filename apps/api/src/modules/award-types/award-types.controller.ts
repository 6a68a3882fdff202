import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AwardTypesService } from './award-types.service';
import type { AwardTypeEntity } from './entities/award-type.entity';

@ApiTags('award-types')
@ApiBearerAuth()
@Controller('award-types')
export class AwardTypesController {
  constructor(private readonly awardTypes: AwardTypesService) {}

  @Get()
  list(): Promise<AwardTypeEntity[]> {
    return this.awardTypes.list();
  }
}
