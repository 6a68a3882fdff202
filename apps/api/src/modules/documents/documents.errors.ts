import { AppError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors/app-error';
import { DOSSIER_KINDS } from './kinds/document-kind';

export class DocumentKindUnknownError extends NotFoundError {
  constructor(kind: string) {
    const hint = kind === 'achievement-report' ? ' (báo cáo thành tích lấy theo từng đối tượng: /nominees/{nomineeId}/documents/achievement-report.pdf)' : '';
    super('DOCUMENT_KIND_UNKNOWN', `Không có loại văn bản “${kind}”; các loại: ${DOSSIER_KINDS.join(', ')}${hint}`);
  }
}

/** The paper makes no sense yet (or any more) at the dossier's step: no council vote yet, no decision. */
export class DocumentNotAvailableError extends ConflictError {
  constructor(message: string) {
    super('DOCUMENT_NOT_AVAILABLE', message);
  }
}

export class IssuedDocumentNotFoundError extends NotFoundError {
  constructor(kind: string, id: string) {
    super('DOCUMENT_NOT_FOUND', `Hồ sơ không có bản ${kind} nào mang mã ${id}`);
  }
}

export class DocumentNomineeNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('NOMINEE_NOT_FOUND', `Không tìm thấy đối tượng ${id} trong hồ sơ`);
  }
}

/** Data a document cannot be drawn from (libs/documents DocumentDataError), in the clerk's words. */
export class DocumentDataInvalidError extends AppError {
  constructor(code: string, message: string) {
    super('DOCUMENT_DATA_INVALID', 422, message, { reason: code });
  }
}

export class IssuedDocumentContentMissingError extends AppError {
  constructor(id: string) {
    super('DOCUMENT_CONTENT_MISSING', 500, `Không đọc được văn bản đã ban hành ${id} trên kho lưu trữ`);
  }
}

export class SigningCertificateInvalidError extends AppError {
  constructor(reason: string) {
    super('SIGNING_CERTIFICATE_INVALID', 422, `Chứng thư số không dùng được: ${reason}`);
  }
}

export class DocumentSignForbiddenError extends ForbiddenError {
  constructor(level: string) {
    super('DOCUMENT_SIGN_FORBIDDEN', `Chỉ Chủ tịch của cấp đã quyết định khen thưởng (${level}) được ký số quyết định này`);
  }
}

export class DocumentAlreadySignedError extends ConflictError {
  constructor() {
    super('DOCUMENT_ALREADY_SIGNED', 'Quyết định khen thưởng đã được ký số; bản đã ký không thay đổi được');
  }
}
