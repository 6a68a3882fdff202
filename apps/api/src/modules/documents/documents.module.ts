import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AttachmentsModule } from '../attachments/attachments.module';
import { LocalDiskFileStorage } from '../attachments/storage/local-disk-file-storage';
import { LocalitiesModule } from '../localities/localities.module';
import { DocumentsController } from './documents.controller';
import { DocumentIssuer } from './issuance/document-issuer';
import { ISSUED_DOCUMENT_FILES, IssuedDocumentsStore } from './issuance/issued-documents.store';
import { DocumentRenderer } from './rendering/document-renderer';
import { BundleAssembler } from './serving/bundle-assembler';
import { DocumentsService } from './serving/documents.service';
import { SignDecisionUseCase } from './signing/sign-decision.use-case';
import { DossierSnapshotReader } from './snapshot/dossier-snapshot.reader';

/**
 * Dossier documents: drawn by libs/documents from the dossier's data, issued at the steps
 * that make them and stored immutable under DOCUMENTS_DIR, served as PDF, the decision
 * signed by its chairman. DossiersModule and TasksModule import it for DocumentIssuer.
 */
@Module({
  imports: [AttachmentsModule, LocalitiesModule],
  controllers: [DocumentsController],
  providers: [
    { provide: ISSUED_DOCUMENT_FILES, useFactory: (config: AppConfig) => new LocalDiskFileStorage(config.documents.dir), inject: [APP_CONFIG] },
    DossierSnapshotReader,
    DocumentRenderer,
    IssuedDocumentsStore,
    DocumentIssuer,
    BundleAssembler,
    DocumentsService,
    SignDecisionUseCase,
  ],
  exports: [DocumentIssuer],
})
export class DocumentsModule {}
