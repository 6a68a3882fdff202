/**
 * Forms a user task may name in `camunda:formKey`. Each is a JSON Schema of the `data` that
 * completing the task needs; the api validates against it and serves it on the task.
 */
export interface JsonSchema {
  type: 'object';
  title?: string;
  required?: string[];
  properties: Record<string, Record<string, unknown>>;
  additionalProperties?: boolean;
}

/** Nominee lines a list may hold (the XLSX import caps a list at the same order of size). */
const MAX_NOMINEE_ENTRIES = 5000;

/**
 * What an appraisal, a forward or a decision says about single lines of the list. Lines it
 * leaves out are approved as they stand (a lift made lower down is carried on).
 */
export const NOMINEE_DECISIONS_PROPERTY: Record<string, unknown> = {
  type: 'array',
  title: 'Kết quả xét từng đối tượng (đối tượng không ghi được coi là đồng ý)',
  maxItems: MAX_NOMINEE_ENTRIES,
  items: {
    type: 'object',
    required: ['nomineeId', 'status'],
    additionalProperties: false,
    properties: {
      nomineeId: { type: 'string', format: 'uuid', title: 'Mã đối tượng trong danh sách' },
      status: {
        type: 'string',
        enum: ['approved', 'dropped', 'lifted'],
        title: 'Kết quả: approved (đồng ý), dropped (không đề nghị), lifted (đề nghị nâng mức khen thưởng)',
      },
      reason: { type: 'string', maxLength: 2000, title: 'Lý do (bắt buộc khi không đề nghị)' },
      toAwardCode: { type: 'string', minLength: 1, maxLength: 50, title: 'Mã hình thức khen thưởng cao hơn (khi nâng mức)' },
    },
  },
};

/** The council's vote on each line, when it voted line by line (the minutes show each count). */
export const NOMINEE_VOTES_PROPERTY: Record<string, unknown> = {
  type: 'array',
  title: 'Số phiếu đồng ý của từng đối tượng (không ghi = theo số phiếu chung)',
  maxItems: MAX_NOMINEE_ENTRIES,
  items: {
    type: 'object',
    required: ['nomineeId', 'votesFor'],
    additionalProperties: false,
    properties: {
      nomineeId: { type: 'string', format: 'uuid', title: 'Mã đối tượng trong danh sách' },
      votesFor: { type: 'integer', minimum: 0, maximum: 200, title: 'Số phiếu đồng ý' },
    },
  },
};

export const COUNCIL_VOTE_FORM: JsonSchema = {
  type: 'object',
  title: 'Kết quả biểu quyết của Hội đồng Thi đua - Khen thưởng',
  required: ['members', 'present', 'votesFor'],
  properties: {
    members: { type: 'integer', minimum: 1, maximum: 200, title: 'Tổng số thành viên Hội đồng' },
    present: { type: 'integer', minimum: 0, maximum: 200, title: 'Số thành viên có mặt' },
    votesFor: { type: 'integer', minimum: 0, maximum: 200, title: 'Số phiếu đồng ý' },
    votesAgainst: { type: 'integer', minimum: 0, maximum: 200, title: 'Số phiếu không đồng ý' },
    meetingDate: { type: 'string', format: 'date', title: 'Ngày họp' },
    nominees: NOMINEE_VOTES_PROPERTY,
  },
  additionalProperties: false,
};

export const DECISION_FORM: JsonSchema = {
  type: 'object',
  title: 'Quyết định',
  properties: {
    documentNumber: { type: 'string', maxLength: 50, title: 'Số, ký hiệu văn bản' },
    signedOn: { type: 'string', format: 'date', title: 'Ngày ký' },
    nominees: NOMINEE_DECISIONS_PROPERTY,
  },
  additionalProperties: false,
};

/**
 * The form of steps that settle the list without a form of their own (appraisal, forwarding
 * upward, submitting to the Prime Minister / President): only the per-line results.
 */
export const NOMINEE_OUTCOMES_FORM: JsonSchema = {
  type: 'object',
  title: 'Kết quả xét từng đối tượng',
  properties: { nominees: NOMINEE_DECISIONS_PROPERTY },
  additionalProperties: false,
};

export const TASK_FORMS: Readonly<Record<string, JsonSchema>> = {
  'vd:council-vote': COUNCIL_VOTE_FORM,
  'vd:decision': DECISION_FORM,
};

export function formForKey(formKey: string | undefined): JsonSchema | undefined {
  return formKey ? TASK_FORMS[formKey] : undefined;
}

/** Outcomes that move a dossier on and so settle its lines at the task's level. */
export const LIST_SETTLING_OUTCOMES: readonly string[] = ['approve', 'forward', 'decide', 'submit'];

/**
 * The form a task shows and validates: its `camunda:formKey`'s, else, for a step that can
 * move the dossier on (appraise, forward, submit), the per-line results form. Models keep
 * naming only the two keys, so the shipped chains need no change to take per-line results.
 */
export function formForTask(task: { formKey?: string | null; outcomes: readonly string[] }): JsonSchema | undefined {
  const keyed = formForKey(task.formKey ?? undefined);
  if (keyed) return keyed;
  return task.outcomes.some((outcome) => LIST_SETTLING_OUTCOMES.includes(outcome)) ? NOMINEE_OUTCOMES_FORM : undefined;
}
