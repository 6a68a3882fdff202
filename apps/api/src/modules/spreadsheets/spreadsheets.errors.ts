import { AppError } from '../../common/errors/app-error';
import type { NomineeSheetRowProblem } from '@vinh-danh/domain';

export class NomineeImportFileRequiredError extends AppError {
  constructor() {
    super('NOMINEE_IMPORT_FILE_REQUIRED', 400, 'Chưa chọn tệp Excel để nhập (trường "file" của biểu mẫu multipart/form-data)');
  }
}

export class NomineeImportNotXlsxError extends AppError {
  constructor() {
    super('NOMINEE_IMPORT_NOT_XLSX', 415, 'Tệp không phải bảng tính Excel (.xlsx); hãy dùng mẫu danh sách tải từ hệ thống');
  }
}

export class NomineeImportUnreadableError extends AppError {
  constructor() {
    super('NOMINEE_IMPORT_UNREADABLE', 422, 'Không đọc được bảng tính: tệp .xlsx bị hỏng hoặc không đúng định dạng');
  }
}

export class NomineeImportColumnsError extends AppError {
  constructor(missing: string[], duplicated: string[]) {
    const parts = [
      missing.length > 0 ? `thiếu cột ${missing.map((name) => `"${name}"`).join(', ')}` : '',
      duplicated.length > 0 ? `cột ${duplicated.map((name) => `"${name}"`).join(', ')} xuất hiện hai lần` : '',
    ].filter(Boolean);
    super('NOMINEE_IMPORT_COLUMNS', 422, `Bảng tính không đúng mẫu: ${parts.join('; ')}`, { missing, duplicated });
  }
}

export class NomineeImportTooManyRowsError extends AppError {
  constructor(limit: number) {
    super('NOMINEE_IMPORT_TOO_MANY_ROWS', 422, `Danh sách vượt quá ${limit.toLocaleString('vi-VN')} dòng; hãy chia thành nhiều hồ sơ`, { limit });
  }
}

export class NomineeImportEmptyError extends AppError {
  constructor() {
    super('NOMINEE_IMPORT_EMPTY', 422, 'Bảng tính không có dòng đối tượng nào dưới dòng tiêu đề');
  }
}

/** Every problem found, row by row; only the first ones are listed in full. */
export class NomineeImportInvalidError extends AppError {
  constructor(rows: NomineeSheetRowProblem[], total: number) {
    const rowNumbers = [...new Set(rows.map((problem) => problem.row))];
    super(
      'NOMINEE_IMPORT_INVALID',
      422,
      `Danh sách có ${total} lỗi ở các dòng ${rowNumbers.slice(0, 20).join(', ')}${rowNumbers.length > 20 ? '…' : ''}; chưa nhập dòng nào`,
      { rows, total, truncated: rows.length < total },
    );
  }
}
