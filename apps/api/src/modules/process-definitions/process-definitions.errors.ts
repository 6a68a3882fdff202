import { AppError, ForbiddenError, NotFoundError } from '../../common/errors/app-error';

export interface ModelIssue {
  code: string;
  elementId?: string;
  message: string;
}

/** The XML itself was refused (not XML, malformed, DOCTYPE/ENTITY, too large). */
export class BpmnXmlRejectedError extends AppError {
  constructor(issues: ModelIssue[]) {
    super('BPMN_XML_REJECTED', 400, 'Tệp BPMN bị từ chối: ' + issues.map((issue) => issue.message).join('; '), { errors: issues });
  }
}

/** The model parsed but breaks a lint rule or uses elements the runtime does not support. */
export class BpmnLintFailedError extends AppError {
  constructor(issues: ModelIssue[], warnings: ModelIssue[]) {
    super('BPMN_LINT_FAILED', 422, `Mô hình BPMN có ${issues.length} lỗi, chưa thể triển khai`, { errors: issues, warnings });
  }
}

export class ProcessDefinitionNotFoundError extends NotFoundError {
  constructor(what: string) {
    super('PROCESS_DEFINITION_NOT_FOUND', `Không tìm thấy quy trình ${what}`);
  }
}

export class DeployForbiddenError extends ForbiddenError {
  constructor() {
    super('DEPLOY_FORBIDDEN', 'Chỉ quản trị viên của đơn vị (hoặc cấp trên) được triển khai quy trình cho đơn vị này');
  }
}
