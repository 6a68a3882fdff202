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
  },
  additionalProperties: false,
};

export const DECISION_FORM: JsonSchema = {
  type: 'object',
  title: 'Quyết định',
  properties: {
    documentNumber: { type: 'string', maxLength: 50, title: 'Số, ký hiệu văn bản' },
    signedOn: { type: 'string', format: 'date', title: 'Ngày ký' },
  },
  additionalProperties: false,
};

export const TASK_FORMS: Readonly<Record<string, JsonSchema>> = {
  'vd:council-vote': COUNCIL_VOTE_FORM,
  'vd:decision': DECISION_FORM,
};

export function formForKey(formKey: string | undefined): JsonSchema | undefined {
  return formKey ? TASK_FORMS[formKey] : undefined;
}
