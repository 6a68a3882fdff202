import { Module } from '@nestjs/common';
import { LocalitiesModule } from '../../localities/localities.module';
import { FollowUpDossiers } from './follow-up-dossiers';
import { NomineeOutcomeRecorder } from './record-nominee-outcomes';

/** Per-line outcomes and council votes: recorded by task completion, read by the dossier view and documents. */
@Module({
  imports: [LocalitiesModule],
  providers: [NomineeOutcomeRecorder, FollowUpDossiers],
  exports: [NomineeOutcomeRecorder],
})
export class NomineeOutcomesModule {}
