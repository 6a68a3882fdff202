import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { DossierGate } from './dossier-gate';
import { FileStorage } from './storage/file-storage';
import { LocalDiskFileStorage } from './storage/local-disk-file-storage';
import { UploadAttachmentUseCase } from './upload/upload-attachment.use-case';

@Module({
  controllers: [AttachmentsController],
  providers: [
    { provide: FileStorage, useFactory: (config: AppConfig) => new LocalDiskFileStorage(config.attachments.dir), inject: [APP_CONFIG] },
    DossierGate,
    AttachmentsService,
    UploadAttachmentUseCase,
  ],
  exports: [DossierGate, FileStorage],
})
export class AttachmentsModule {}
