import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { DossiersService } from './dossiers.service';
import { CreateDossierDto } from './dto/create-dossier.dto';
import { DossierQueryDto } from './dto/dossier-query.dto';
import { DossierListQuery } from './list/dossier-list.query';
import type { SearchPage } from './search/search-page';
import { SubmitDossierUseCase } from './submit/submit-dossier.use-case';
import type { DossierDetailView, DossierHistoryView, DossierSummaryView } from './views/dossier-view';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers')
export class DossiersController {
  constructor(
    private readonly dossiers: DossiersService,
    private readonly submitDossier: SubmitDossierUseCase,
    private readonly listDossiers: DossierListQuery,
  ) {}

  @Post()
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateDossierDto): Promise<DossierDetailView> {
    return this.dossiers.create(user, body);
  }

  @Get()
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: DossierQueryDto): Promise<SearchPage<DossierSummaryView>> {
    return this.listDossiers.execute(user, query);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<DossierDetailView> {
    return this.dossiers.get(user, id);
  }

  @Get(':id/history')
  history(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<DossierHistoryView> {
    return this.dossiers.history(user, id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  submit(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): ReturnType<SubmitDossierUseCase['execute']> {
    return this.submitDossier.execute(user, id);
  }
}
