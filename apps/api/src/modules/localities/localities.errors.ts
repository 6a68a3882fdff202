import { AppError, NotFoundError } from '../../common/errors/app-error';

export class LocalityNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('LOCALITY_NOT_FOUND', `Không tìm thấy đơn vị hành chính ${id}`);
  }
}

export class LocalityChainIncompleteError extends AppError {
  constructor(localityName: string, level: string) {
    super('LOCALITY_CHAIN_INCOMPLETE', 422, `Đơn vị ${localityName} không có cấp ${level} trong chuỗi phê duyệt`);
  }
}
