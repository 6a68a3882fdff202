import { AppError, ForbiddenError } from '../../common/errors/app-error';

/** The schedule an admin sent does not hold together (problems from libs/calendar's validateYearCalendar). */
export class CalendarInvalidError extends AppError {
  constructor(year: number, problems: string[]) {
    super('CALENDAR_INVALID', 422, `Lịch nghỉ năm ${year} không hợp lệ (${problems.length} lỗi), chưa được lưu`, { problems });
  }
}

export class CalendarEditForbiddenError extends ForbiddenError {
  constructor() {
    super('CALENDAR_EDIT_FORBIDDEN', 'Chỉ quản trị viên hệ thống hoặc quản trị viên cấp Trung ương được sửa lịch nghỉ');
  }
}
