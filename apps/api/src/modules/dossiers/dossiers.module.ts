import { Module } from '@nestjs/common';
import { AwardTypesModule } from '../award-types/award-types.module';
import { LocalitiesModule } from '../localities/localities.module';
import { ProcessDefinitionsModule } from '../process-definitions/process-definitions.module';
import { RuntimeModule } from '../runtime/runtime.module';
import { DossiersController } from './dossiers.controller';
import { DossiersService } from './dossiers.service';
import { SubmitDossierUseCase } from './submit/submit-dossier.use-case';

@Module({
  imports: [LocalitiesModule, AwardTypesModule, ProcessDefinitionsModule, RuntimeModule],
  controllers: [DossiersController],
  providers: [DossiersService, SubmitDossierUseCase],
})
export class DossiersModule {}
