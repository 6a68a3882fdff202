import { AppError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors/app-error';

export class UsersForbiddenError extends ForbiddenError {
  constructor() {
    super('USERS_FORBIDDEN', 'Chỉ quản trị viên được quản lý người dùng');
  }
}

export class UserRoleForbiddenError extends ForbiddenError {
  constructor(localityName: string) {
    super('USER_ROLE_FORBIDDEN', `Bạn không quản trị ${localityName} nên không được phân quyền tại đơn vị này`);
  }
}

export class UserNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('USER_NOT_FOUND', `Không tìm thấy người dùng ${id}`);
  }
}

export class UsernameTakenError extends ConflictError {
  constructor(username: string) {
    super('USERNAME_TAKEN', `Tên đăng nhập ${username} đã có người dùng`);
  }
}

export class SystemAdminProtectedError extends ForbiddenError {
  constructor() {
    super('USER_FORBIDDEN', 'Chỉ quản trị hệ thống được sửa tài khoản quản trị hệ thống');
  }
}

export class CannotDisableSelfError extends AppError {
  constructor() {
    super('CANNOT_DISABLE_SELF', 422, 'Không thể tự khoá tài khoản của chính mình');
  }
}
