import { AppError, ConflictError, NotFoundError } from '../../common/errors/app-error';

export class AttachmentNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('ATTACHMENT_NOT_FOUND', `Không tìm thấy tệp đính kèm ${id}`);
  }
}

export class AttachmentFileRequiredError extends AppError {
  constructor() {
    super('ATTACHMENT_FILE_REQUIRED', 400, 'Chưa chọn tệp để tải lên (trường "file" của biểu mẫu multipart/form-data)');
  }
}

export class AttachmentEmptyError extends AppError {
  constructor() {
    super('ATTACHMENT_EMPTY', 422, 'Tệp tải lên không có nội dung');
  }
}

export class AttachmentTypeNotAllowedError extends AppError {
  constructor(extension: string, allowed: readonly string[]) {
    super(
      'ATTACHMENT_TYPE_NOT_ALLOWED',
      415,
      `Không nhận tệp ${extension ? `.${extension}` : 'không có phần mở rộng'}; chỉ nhận: ${allowed.map((ext) => `.${ext}`).join(', ')}`,
      { extension, allowed },
    );
  }
}

export class AttachmentContentMismatchError extends AppError {
  constructor(extension: string, detected: string | null) {
    super(
      'ATTACHMENT_CONTENT_MISMATCH',
      422,
      detected
        ? `Nội dung tệp là ${detected.toUpperCase()}, không khớp với phần mở rộng .${extension}`
        : `Nội dung tệp không phải ${extension.toUpperCase()} như phần mở rộng .${extension}`,
      { extension, detected },
    );
  }
}

export class AttachmentUploadClosedError extends ConflictError {
  constructor(status: string) {
    super('ATTACHMENT_UPLOAD_CLOSED', `Chỉ tải tệp lên khi hồ sơ đang soạn thảo hoặc đang được trả lại để bổ sung (trạng thái: ${status})`);
  }
}

export class AttachmentNomineeNotFoundError extends AppError {
  constructor(nomineeId: string) {
    super('ATTACHMENT_NOMINEE_NOT_FOUND', 422, `Hồ sơ không có đối tượng ${nomineeId} để gắn tệp`);
  }
}

export class AttachmentContentMissingError extends AppError {
  constructor(id: string) {
    super('ATTACHMENT_CONTENT_MISSING', 500, `Không đọc được nội dung tệp đính kèm ${id} trên kho lưu trữ`);
  }
}
