import { type CallHandler, type ExecutionContext, HttpException, Inject, Injectable } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { AppError } from '../errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/** The part of multer's file that we use. */
export interface UploadedBinary {
  originalname: string;
  size: number;
  buffer: Buffer;
}

export class UploadTooLargeError extends AppError {
  constructor(maxBytes: number) {
    super('PAYLOAD_TOO_LARGE', 413, `Tệp vượt quá giới hạn ${formatMegabytes(maxBytes)} MB`, { maxBytes });
  }
}

export class UploadMalformedError extends AppError {
  constructor(reason: string) {
    super('UPLOAD_MALFORMED', 400, `Biểu mẫu tải tệp không hợp lệ: ${reason}`);
  }
}

const MultipartFile = FileInterceptor('file');

/**
 * One file in the multipart field `file`, held in memory up to ATTACHMENT_MAX_BYTES (multer
 * stops reading past it), plus a few small text fields. File names are read as UTF-8, as
 * browsers send them, so "Biên bản họp.pdf" keeps its diacritics. Multer's English errors
 * become the contract's codes with Vietnamese messages.
 */
@Injectable()
export class SingleFileUploadInterceptor extends MultipartFile {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super({
      defParamCharset: 'utf8',
      limits: { fileSize: config.attachments.maxBytes, files: 1, fields: 10, fieldSize: 4096, parts: 12, headerPairs: 50 },
    });
  }

  override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await super.intercept(context, next);
    } catch (error) {
      throw this.translate(error);
    }
  }

  private translate(error: unknown): unknown {
    if (!(error instanceof HttpException)) return error;
    const cause = error.cause as { code?: unknown } | undefined;
    if (cause?.code === 'LIMIT_FILE_SIZE') return new UploadTooLargeError(this.config.attachments.maxBytes);
    if (error.getStatus() === 400) return new UploadMalformedError(error.message);
    return error;
  }
}

function formatMegabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
}
