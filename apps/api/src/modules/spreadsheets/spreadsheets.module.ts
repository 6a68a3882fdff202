import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { AwardTypesModule } from '../award-types/award-types.module';
import { DossiersModule } from '../dossiers/dossiers.module';
import { LocalitiesModule } from '../localities/localities.module';
import { SheetExportsService } from './export/sheet-exports.service';
import { ImportNomineesUseCase } from './import/import-nominees.use-case';
import { SpreadsheetsController } from './spreadsheets.controller';

@Module({
  imports: [AttachmentsModule, LocalitiesModule, AwardTypesModule, DossiersModule],
  controllers: [SpreadsheetsController],
  providers: [SheetExportsService, ImportNomineesUseCase],
})
export class SpreadsheetsModule {}
