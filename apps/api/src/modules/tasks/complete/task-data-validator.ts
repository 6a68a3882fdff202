import { Injectable } from '@nestjs/common';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { councilVoteProblems, formForTask, outcomeNeedsReason, type JsonSchema } from '@vinh-danh/domain';
import type { TaskEntity } from '../entities/task.entity';
import { CommentRequiredError, OutcomeNotAllowedError, TaskDataInvalidError } from '../tasks.errors';

/** Checks a completion against the task: allowed outcome, reason when needed, form data. */
@Injectable()
export class TaskDataValidator {
  private readonly ajv = addFormats(new Ajv({ allErrors: true, strict: true }));
  /** Compiled once per form (forms are module constants). */
  private readonly compiled = new Map<JsonSchema, ValidateFunction>();

  check(task: TaskEntity, outcome: string, data: Record<string, unknown>, comment: string | undefined): void {
    if (!task.outcomes.includes(outcome)) throw new OutcomeNotAllowedError(outcome, task.outcomes);
    if (outcomeNeedsReason(outcome) && !comment?.trim()) throw new CommentRequiredError(outcome);
    const schema = formForTask(task);
    if (!schema) {
      if (Object.keys(data).length > 0) throw new TaskDataInvalidError(['bước này không nhận dữ liệu biểu mẫu']);
      return;
    }
    const validate = this.validatorFor(schema);
    if (!validate(data)) {
      throw new TaskDataInvalidError((validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`.trim()));
    }
    if (task.formKey === 'vd:council-vote') {
      const problems = councilVoteProblems(data);
      if (problems.length > 0) throw new TaskDataInvalidError(problems);
    }
  }

  private validatorFor(schema: JsonSchema): ValidateFunction {
    let validate = this.compiled.get(schema);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.compiled.set(schema, validate);
    }
    return validate;
  }
}
