import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { SetAreaClassUseCase } from './area-class/set-area-class.use-case';
import { ImportLocalitiesBodyDto, ImportLocalitiesQueryDto } from './dto/import-localities.dto';
import { SetAreaClassDto } from './dto/set-area-class.dto';
import { LocalityQueryDto } from './dto/locality-query.dto';
import type { LocalityEntity } from './entities/locality.entity';
import { ImportLocalitiesUseCase, type LocalityImportResult } from './import/import-localities.use-case';
import type { UploadedFileLike } from './import/locality-file-reader';
import { LocalityUploadInterceptor } from './import/locality-upload.interceptor';
import { LocalitiesService } from './localities.service';
import type { LocalityDetailView } from './views/locality-view';

@ApiTags('localities')
@ApiBearerAuth()
@Controller('localities')
export class LocalitiesController {
  constructor(
    private readonly localities: LocalitiesService,
    private readonly importLocalities: ImportLocalitiesUseCase,
    private readonly setAreaClass: SetAreaClassUseCase,
  ) {}

  @Get()
  list(@Query() query: LocalityQueryDto): Promise<LocalityEntity[]> {
    return this.localities.list(query);
  }

  @Get(':id')
  detail(@Param('id') id: string): Promise<LocalityDetailView> {
    return this.localities.detail(id);
  }

  /** Sets the unit's khu vực (I, II, III or null), read by measured criteria; admins of the unit or above. */
  @Patch(':id/area-class')
  areaClass(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: SetAreaClassDto): Promise<LocalityDetailView> {
    return this.setAreaClass.execute(user, id, body.areaClass);
  }

  /** Preview (`dryRun=true`, the default) or apply an import of the statistics office listing. */
  @Post('import')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportLocalitiesBodyDto })
  @UseInterceptors(LocalityUploadInterceptor)
  import(@CurrentUser() user: AuthenticatedUser, @Query() query: ImportLocalitiesQueryDto, @UploadedFile() file: UploadedFileLike | undefined): Promise<LocalityImportResult> {
    return this.importLocalities.execute(user, file, query.dryRun !== 'false');
  }
}
