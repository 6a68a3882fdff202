import { type CallHandler, type ExecutionContext, HttpException, Injectable, PayloadTooLargeException } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { LocalityImportFileError } from '../localities.errors';
import { MAX_IMPORT_BYTES } from './locality-file-reader';

/**
 * Nest's single-file upload (multer, in memory: the file is never stored), answering with
 * our codes and Vietnamese messages instead of multer's English ones.
 */
@Injectable()
export class LocalityUploadInterceptor extends FileInterceptor('file', { defParamCharset: 'utf8', limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10 } }) {
  override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await super.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) throw LocalityImportFileError.tooLarge(MAX_IMPORT_BYTES);
      if (error instanceof HttpException) throw new LocalityImportFileError('LOCALITY_IMPORT_BAD_UPLOAD', 400, 'Tệp gửi lên không hợp lệ: chỉ gửi một tệp, trong trường "file"');
      throw error;
    }
  }
}
