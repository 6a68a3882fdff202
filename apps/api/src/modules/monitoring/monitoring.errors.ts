import { ForbiddenError } from '../../common/errors/app-error';

/** Monitoring is the supervisors' (and admins') view; other roles act on tasks instead. */
export class MonitoringForbiddenError extends ForbiddenError {
  constructor() {
    super('MONITORING_FORBIDDEN', 'Chỉ giám sát viên và quản trị viên được xem tình hình xử lý hồ sơ');
  }
}

/** Units are public (`GET /api/localities/{id}`), so a unit out of reach is 403, not 404. */
export class MonitoringLocalityForbiddenError extends ForbiddenError {
  constructor(unitName: string) {
    super('MONITORING_LOCALITY_FORBIDDEN', `Bạn không giám sát ${unitName} nên không xem được tình hình xử lý hồ sơ tại đơn vị này`);
  }
}
