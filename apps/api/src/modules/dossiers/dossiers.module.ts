import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { AwardTypesModule } from '../award-types/award-types.module';
import { LocalitiesModule } from '../localities/localities.module';
import { MovementsModule } from '../movements/movements.module';
import { ProcessDefinitionsModule } from '../process-definitions/process-definitions.module';
import { RuntimeModule } from '../runtime/runtime.module';
import { DossiersController } from './dossiers.controller';
import { DossiersService } from './dossiers.service';
import { DossierEvaluationController } from './evaluation/dossier-evaluation.controller';
import { DossierFilters } from './list/dossier-filters';
import { DossierListQuery } from './list/dossier-list.query';
import { SubmitDossierUseCase } from './submit/submit-dossier.use-case';

@Module({
  imports: [LocalitiesModule, AwardTypesModule, ProcessDefinitionsModule, RuntimeModule, MovementsModule, DocumentsModule],
  controllers: [DossiersController, DossierEvaluationController],
  providers: [DossiersService, SubmitDossierUseCase, DossierListQuery, DossierFilters],
  exports: [DossierFilters],
})
export class DossiersModule {}
