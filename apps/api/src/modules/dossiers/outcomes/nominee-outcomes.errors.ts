import type { NomineeOutcomeProblem } from '@vinh-danh/domain';
import { AppError } from '../../../common/errors/app-error';

/**
 * A per-line result the rules refuse (libs/domain `planLevelOutcomes`): the problem's code is
 * the stable code (NOMINEE_DROP_REASON_REQUIRED, NOMINEE_LIFT_NOT_HIGHER, ALL_NOMINEES_DROPPED…),
 * `details.nomineeIds` the lines concerned. A line of another dossier is "not in this dossier"
 * whether or not it exists elsewhere, so ids leak nothing.
 */
export class NomineeOutcomeRefusedError extends AppError {
  constructor(problem: NomineeOutcomeProblem) {
    super(problem.code, 422, problem.message, { nomineeIds: problem.nomineeIds });
  }
}

export class NomineeOutcomesNotApplicableError extends AppError {
  constructor(outcome: string) {
    super(
      'NOMINEE_OUTCOMES_NOT_APPLICABLE',
      422,
      `Kết quả từng đối tượng chỉ ghi khi đồng ý, chuyển tiếp hoặc quyết định; với "${outcome}" hãy ghi lý do vào ý kiến`,
    );
  }
}
