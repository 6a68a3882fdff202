import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import type { Page } from '../../common/paging/page-query.dto';
import { DossiersService } from './dossiers.service';
import { CreateDossierDto } from './dto/create-dossier.dto';
import { DossierQueryDto } from './dto/dossier-query.dto';
import { SubmitDossierUseCase } from './submit/submit-dossier.use-case';
import type { DossierDetailView, DossierSummaryView } from './views/dossier-view';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers')
export class DossiersController {
  constructor(
    private readonly dossiers: DossiersService,
    private readonly submitDossier: SubmitDossierUseCase,
  ) {}

  @Post()
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateDossierDto): Promise<DossierDetailView> {
    return this.dossiers.create(user, body);
  }

  @Get()
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: DossierQueryDto): Promise<Page<DossierSummaryView>> {
    return this.dossiers.list(user, query);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<DossierDetailView> {
    return this.dossiers.get(user, id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  submit(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): ReturnType<SubmitDossierUseCase['execute']> {
    return this.submitDossier.execute(user, id);
  }
}
