import { AppError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors/app-error';

export class MovementNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('MOVEMENT_NOT_FOUND', `Không tìm thấy phong trào thi đua ${id}`);
  }
}

export class MovementForbiddenError extends ForbiddenError {
  constructor() {
    super('MOVEMENT_FORBIDDEN', 'Chỉ quản trị viên của đơn vị phát động (hoặc cấp trên) được tạo, sửa phong trào thi đua');
  }
}

export class MovementCodeTakenError extends ConflictError {
  constructor(code: string) {
    super('MOVEMENT_CODE_TAKEN', `Đã có phong trào thi đua mã ${code}`);
  }
}

/** Dates out of order, or criteria and quotas that could not be evaluated. */
export class MovementInvalidError extends AppError {
  constructor(problems: string[]) {
    super('MOVEMENT_INVALID', 422, `Phong trào thi đua chưa hợp lệ: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? '…' : ''}`, { problems });
  }
}

export interface NomineeIssues {
  nomineeId?: string;
  position: number;
  fullName: string;
  errors: Array<{ criterion: string; code: string; message: string }>;
}

/** Values stored against a movement must name its criteria and have the right type. */
export class CriteriaValuesInvalidError extends AppError {
  constructor(nominees: NomineeIssues[]) {
    super('CRITERIA_VALUES_INVALID', 422, `Số liệu tiêu chuẩn không hợp lệ ở dòng ${nominees.map((nominee) => nominee.position).join(', ')}`, { nominees });
  }
}

/** At submit: some lines fail the movement's criteria (or the award type's subject types). */
export class CriteriaNotMetError extends AppError {
  constructor(nominees: NomineeIssues[]) {
    super('CRITERIA_NOT_MET', 422, `Chưa đạt tiêu chuẩn phong trào ở dòng ${nominees.map((nominee) => nominee.position).join(', ')}`, { nominees });
  }
}

export interface QuotaIssue {
  quota: string;
  unitId: string;
  kind: 'over' | 'under';
  count: number;
  limit: number;
  message: string;
}

export class QuotaExceededError extends AppError {
  constructor(violations: QuotaIssue[]) {
    super('QUOTA_EXCEEDED', 422, violations.map((violation) => violation.message).join('; '), { violations });
  }
}

/** A unit's own, complete list below the minimum its quota sets (e.g. fewer than 5 households for a district). */
export class QuotaNotMetError extends AppError {
  constructor(violations: QuotaIssue[]) {
    super('QUOTA_NOT_MET', 422, violations.map((violation) => violation.message).join('; '), { violations });
  }
}
