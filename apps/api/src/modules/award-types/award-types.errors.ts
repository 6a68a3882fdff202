import { AppError, ConflictError, ForbiddenError } from '../../common/errors/app-error';

export class AwardTypeAdminForbiddenError extends ForbiddenError {
  constructor() {
    super('AWARD_TYPE_FORBIDDEN', 'Chỉ quản trị viên hệ thống hoặc quản trị viên cấp Trung ương được sửa danh mục hình thức khen thưởng');
  }
}

export class AwardTypeExistsError extends ConflictError {
  constructor(code: string) {
    super('AWARD_TYPE_EXISTS', `Đã có hình thức khen thưởng mã ${code}`);
  }
}

/** The body is well formed but does not make a usable award type (duplicate levels, limits above the granting level…). */
export class AwardTypeInvalidError extends AppError {
  constructor(problems: string[]) {
    super('AWARD_TYPE_INVALID', 422, `Hình thức khen thưởng chưa hợp lệ: ${problems.join('; ')}`, { problems });
  }
}
