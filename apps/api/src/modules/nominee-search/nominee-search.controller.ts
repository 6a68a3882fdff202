import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import type { SearchPage } from '../dossiers/search/search-page';
import { NomineeSearchQueryDto } from './dto/nominee-search-query.dto';
import { NomineeSearchService } from './nominee-search.service';
import type { NomineeSearchItemView } from './nominee-search.view';

@ApiTags('nominees')
@ApiBearerAuth()
@Controller('nominees')
export class NomineeSearchController {
  constructor(private readonly nominees: NomineeSearchService) {}

  @Get()
  search(@CurrentUser() user: AuthenticatedUser, @Query() query: NomineeSearchQueryDto): Promise<SearchPage<NomineeSearchItemView>> {
    return this.nominees.search(user, query);
  }
}
