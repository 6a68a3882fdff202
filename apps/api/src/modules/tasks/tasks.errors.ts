import { AppError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors/app-error';

export class TaskNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('TASK_NOT_FOUND', `Không tìm thấy công việc ${id}`);
  }
}

export class TaskNotOpenError extends ConflictError {
  constructor(status: string) {
    super('TASK_NOT_OPEN', `Công việc này đã được xử lý (trạng thái: ${status})`);
  }
}

export class TaskForbiddenError extends ForbiddenError {
  constructor() {
    super('TASK_FORBIDDEN', 'Bạn không có vai trò phù hợp tại đơn vị xử lý công việc này');
  }
}

export class TaskClaimedByOtherError extends ConflictError {
  constructor(assignee: string) {
    super('TASK_CLAIMED_BY_OTHER', `Công việc đã được ${assignee} nhận xử lý`);
  }
}

export class OutcomeNotAllowedError extends AppError {
  constructor(outcome: string, allowed: string[]) {
    super('OUTCOME_NOT_ALLOWED', 422, `Kết quả "${outcome}" không hợp lệ cho bước này; chỉ chấp nhận: ${allowed.join(', ')}`, { allowed });
  }
}

export class TaskDataInvalidError extends AppError {
  constructor(problems: string[]) {
    super('TASK_DATA_INVALID', 422, `Dữ liệu biểu mẫu không hợp lệ: ${problems.join('; ')}`, { problems });
  }
}

export class CommentRequiredError extends AppError {
  constructor(outcome: string) {
    super('COMMENT_REQUIRED', 422, `Cần ghi rõ lý do khi chọn "${outcome}"`);
  }
}

export class IdempotencyKeyReusedError extends AppError {
  constructor() {
    super('IDEMPOTENCY_KEY_REUSED', 422, 'Idempotency-Key này đã được dùng cho một yêu cầu khác');
  }
}
