import { AppError, ForbiddenError, NotFoundError } from '../../common/errors/app-error';

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

/** The unit is history (merged or dissolved) or not yet in force on the day of filing. */
export class LocalityClosedError extends AppError {
  constructor(name: string, validFrom: string | null, validTo: string | null) {
    super(
      'LOCALITY_CLOSED',
      422,
      validTo
        ? `Đơn vị ${name} chỉ hoạt động đến ngày ${validTo}; hãy lập hồ sơ tại đơn vị kế thừa`
        : `Đơn vị ${name} chỉ hoạt động từ ngày ${validFrom ?? ''}`,
      { validFrom, validTo },
    );
  }
}

/** Only admins of the unit or of a unit above it (or the system admin) may edit it. */
export class LocalityAdminForbiddenError extends ForbiddenError {
  constructor(name: string) {
    super('LOCALITY_ADMIN_FORBIDDEN', `Chỉ quản trị của ${name} hoặc của đơn vị cấp trên được sửa thông tin đơn vị này`);
  }
}

export class LocalityAreaClassInvalidError extends AppError {
  constructor(value: unknown) {
    super('LOCALITY_AREA_CLASS_INVALID', 422, `Khu vực "${String(value)}" không hợp lệ: chỉ nhận I, II, III hoặc null (bỏ phân loại)`);
  }
}

export class LocalityImportForbiddenError extends ForbiddenError {
  constructor() {
    super('LOCALITY_IMPORT_FORBIDDEN', 'Chỉ quản trị hệ thống hoặc quản trị cấp tỉnh (trong phạm vi tỉnh) được nhập danh mục đơn vị hành chính');
  }
}

/** Problems with the file as a whole: nothing of it is read further. */
export class LocalityImportFileError extends AppError {
  constructor(code: string, status: number, message: string, details?: unknown) {
    super(code, status, message, details);
  }

  static missing(): LocalityImportFileError {
    return new LocalityImportFileError('LOCALITY_IMPORT_FILE_MISSING', 400, 'Cần gửi tệp danh mục trong trường "file" (multipart/form-data)');
  }

  static tooLarge(maxBytes: number): LocalityImportFileError {
    return new LocalityImportFileError('LOCALITY_IMPORT_TOO_LARGE', 413, `Tệp vượt quá ${Math.round(maxBytes / 1024 / 1024)} MB`);
  }

  static unsupportedType(name: string): LocalityImportFileError {
    return new LocalityImportFileError('LOCALITY_IMPORT_UNSUPPORTED_TYPE', 415, `Chỉ nhận tệp CSV hoặc XLSX (tệp "${name}" không phải)`);
  }

  static contentMismatch(extension: string): LocalityImportFileError {
    return new LocalityImportFileError('LOCALITY_IMPORT_CONTENT_MISMATCH', 422, `Nội dung tệp không phải ${extension.toUpperCase()} như phần mở rộng của tên tệp`);
  }

  static notUtf8(): LocalityImportFileError {
    return new LocalityImportFileError('LOCALITY_IMPORT_ENCODING', 422, 'Tệp CSV phải được mã hoá UTF-8');
  }

  static badHeader(missing: string[]): LocalityImportFileError {
    return new LocalityImportFileError('LOCALITY_IMPORT_BAD_HEADER', 422, `Dòng tiêu đề thiếu cột: ${missing.join(', ')}`, { missing });
  }

  static empty(): LocalityImportFileError {
    return new LocalityImportFileError('LOCALITY_IMPORT_EMPTY', 422, 'Tệp không có dòng dữ liệu nào');
  }

  static tooManyRows(maxRows: number): LocalityImportFileError {
    return new LocalityImportFileError('LOCALITY_IMPORT_TOO_MANY_ROWS', 422, `Tệp có quá ${maxRows.toLocaleString('vi-VN')} dòng dữ liệu`, { maxRows });
  }

  static unreadable(): LocalityImportFileError {
    return new LocalityImportFileError('LOCALITY_IMPORT_UNREADABLE', 422, 'Không đọc được tệp XLSX (tệp hỏng hoặc không có trang tính)');
  }
}

/** Some rows cannot be taken: the import is refused whole, with every row's reasons. */
export class LocalityImportInvalidError extends AppError {
  constructor(errors: Array<{ line: number; code: string; errors: string[] }>) {
    super('LOCALITY_IMPORT_INVALID', 422, `Có ${errors.length} dòng lỗi; chưa nhập dòng nào`, { errors });
  }
}
