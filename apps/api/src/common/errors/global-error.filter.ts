import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { AppError } from './app-error';

interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  correlationId: string;
  details?: unknown;
}

/** Codes for the errors that Express body parsing raises before any controller runs. */
const BODY_PARSER_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'Dữ liệu gửi lên vượt quá giới hạn cho phép' },
  'entity.parse.failed': { status: 400, code: 'MALFORMED_JSON', message: 'Dữ liệu JSON không hợp lệ' },
  'encoding.unsupported': { status: 415, code: 'UNSUPPORTED_ENCODING', message: 'Bảng mã không được hỗ trợ' },
  'charset.unsupported': { status: 415, code: 'UNSUPPORTED_ENCODING', message: 'Bảng mã không được hỗ trợ' },
};

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

/** One filter maps every error to the contract's shape and hides internals on 500. */
@Catch()
export class GlobalErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const correlationId = headerValue(request.headers['x-correlation-id']) ?? randomUUID();
    const body = this.toBody(exception, correlationId);
    if (body.statusCode >= 500) {
      this.logger.error(`${request.method} ${request.url} [${correlationId}]`, exception instanceof Error ? exception.stack : String(exception));
    }
    response.setHeader('x-correlation-id', correlationId);
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, correlationId: string): ErrorBody {
    if (exception instanceof AppError) {
      return { statusCode: exception.status, code: exception.code, message: exception.message, correlationId, details: exception.details };
    }
    const parserError = bodyParserError(exception);
    if (parserError) return { statusCode: parserError.status, code: parserError.code, message: parserError.message, correlationId };
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return { statusCode: status, code: HTTP_CODES[status] ?? `HTTP_${status}`, message: exception.message, correlationId };
    }
    return { statusCode: 500, code: 'INTERNAL_ERROR', message: 'Lỗi hệ thống, vui lòng thử lại sau', correlationId };
  }
}

/** Express's body parser marks its errors with a `type`; Nest wraps them as the exception's `cause`. */
function bodyParserError(exception: unknown): { status: number; code: string; message: string } | undefined {
  for (const candidate of [exception, exception instanceof Error ? exception.cause : undefined]) {
    if (typeof candidate !== 'object' || candidate === null || !('type' in candidate)) continue;
    const type = (candidate as { type: unknown }).type;
    if (typeof type === 'string' && BODY_PARSER_ERRORS[type]) return BODY_PARSER_ERRORS[type];
  }
  return undefined;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  return single && /^[\w.-]{1,100}$/.test(single) ? single : undefined;
}
