import { AppError, ConflictError } from '../../common/errors/app-error';

/** Another request changed the instance between our read and our write. */
export class InstanceConflictError extends ConflictError {
  constructor() {
    super('INSTANCE_CONFLICT', 'Hồ sơ vừa được người khác xử lý; vui lòng tải lại và thử lại');
  }
}

/** The model asks for a level the dossier's locality chain does not have. */
export class TaskPlacementError extends AppError {
  constructor(elementId: string, level: string | undefined) {
    super('TASK_PLACEMENT_FAILED', 422, `Bước ${elementId} thuộc cấp ${level ?? '(chưa khai báo)'} không có trong chuỗi đơn vị của hồ sơ`);
  }
}
