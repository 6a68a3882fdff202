import { Module } from '@nestjs/common';
import { NomineeSearchController } from './nominee-search.controller';
import { NomineeSearchService } from './nominee-search.service';

/** Finding people and collectives across dossiers, whatever their diacritics. */
@Module({
  controllers: [NomineeSearchController],
  providers: [NomineeSearchService],
})
export class NomineeSearchModule {}
