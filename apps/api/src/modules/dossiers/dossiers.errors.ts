import { AppError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors/app-error';

export class DossierNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('DOSSIER_NOT_FOUND', `Không tìm thấy hồ sơ ${id}`);
  }
}

export class DossierForbiddenError extends ForbiddenError {
  constructor(action: string) {
    super('DOSSIER_FORBIDDEN', `Chỉ cán bộ thi đua, khen thưởng của đơn vị lập hồ sơ được ${action}`);
  }
}

export class DossierNotDraftError extends ConflictError {
  constructor(status: string) {
    super('DOSSIER_NOT_DRAFT', `Hồ sơ đã được trình (trạng thái: ${status})`);
  }
}

export class NomineesNotEligibleError extends AppError {
  constructor(awardName: string, positions: number[], allowed: string[]) {
    super(
      'NOMINEE_NOT_ELIGIBLE',
      422,
      `${awardName} không xét tặng cho đối tượng ở dòng ${positions.join(', ')}; chỉ dành cho: ${allowed.join(', ')}`,
      { positions, allowed },
    );
  }
}

export class AwardNotAvailableError extends AppError {
  constructor(reason: string) {
    super('AWARD_NOT_AVAILABLE', 422, reason);
  }
}

/** Central reviews and submits what provinces propose; it files nothing upward itself. */
export class OriginCannotFileError extends AppError {
  constructor(unitName: string) {
    super(
      'ORIGIN_LEVEL_CANNOT_FILE',
      422,
      `${unitName} không lập hồ sơ đề nghị khen thưởng: cấp Trung ương thẩm định hồ sơ do cấp tỉnh đề nghị và trình Thủ tướng Chính phủ / Chủ tịch nước`,
    );
  }
}

export class DateRangeInvalidError extends AppError {
  constructor(from: string, to: string) {
    super('DATE_RANGE_INVALID', 400, `Khoảng ngày không hợp lệ: từ ngày ${from} sau đến ngày ${to}`);
  }
}
