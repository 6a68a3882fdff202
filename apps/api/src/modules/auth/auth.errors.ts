import { AppError } from '../../common/errors/app-error';

export class InvalidCredentialsError extends AppError {
  constructor() {
    super('INVALID_CREDENTIALS', 401, 'Tên đăng nhập hoặc mật khẩu không đúng');
  }
}

export class DemoAccountDisabledError extends AppError {
  constructor() {
    super('DEMO_ACCOUNT_DISABLED', 403, 'Tài khoản trình diễn không được dùng khi chạy ở chế độ production');
  }
}

export class AccountDisabledError extends AppError {
  constructor() {
    super('ACCOUNT_DISABLED', 403, 'Tài khoản đã bị khoá; liên hệ quản trị viên');
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Cần đăng nhập để thực hiện thao tác này') {
    super('UNAUTHENTICATED', 401, message);
  }
}
