/**
 * Typed errors of the runtime. Each carries a stable `code` so that callers (the api's
 * global filter) can map them to HTTP answers without matching on messages.
 */

export abstract class EngineError extends Error {
  abstract readonly code: string;

  protected constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export interface DefinitionIssue {
  elementId?: string;
  reason: string;
}

/** The model cannot be deployed: unparsable XML, no executable process, invalid timer… */
export class DefinitionError extends EngineError {
  readonly code = 'ENGINE_DEFINITION_INVALID';

  constructor(
    readonly issues: DefinitionIssue[],
    options?: { cause?: unknown },
  ) {
    super(`Invalid process definition: ${issues.map(formatIssue).join('; ')}`, options);
  }
}

function formatIssue(issue: DefinitionIssue): string {
  return issue.elementId ? `<${issue.elementId}> ${issue.reason}` : issue.reason;
}

/** The execution id is not a user task waiting in this instance (stale, finished, or unknown). */
export class TaskNotWaitingError extends EngineError {
  readonly code = 'ENGINE_TASK_NOT_WAITING';

  constructor(readonly executionId: string) {
    super(`No user task is waiting with execution id ${executionId}`);
  }
}

/** The task declares `vd:outcomes` and the completion carries another value. */
export class OutcomeNotAllowedError extends EngineError {
  readonly code = 'ENGINE_OUTCOME_NOT_ALLOWED';

  constructor(
    readonly elementId: string,
    readonly outcome: string,
    readonly allowed: string[],
  ) {
    super(`Outcome "${outcome}" is not allowed on <${elementId}>; allowed: ${allowed.join(', ')}`);
  }
}

/** No timer with that execution id is armed in this instance. */
export class TimerNotArmedError extends EngineError {
  readonly code = 'ENGINE_TIMER_NOT_ARMED';

  constructor(readonly timerExecutionId: string) {
    super(`No timer is armed with execution id ${timerExecutionId}`);
  }
}

/** A model asked to run a script (script task, script condition): refused, nothing ran. */
export class ScriptNotAllowedError extends EngineError {
  readonly code = 'ENGINE_SCRIPT_NOT_ALLOWED';

  constructor(
    readonly elementId: string,
    readonly language: string | undefined,
  ) {
    super(`<${elementId}> asks to run a ${language ?? 'script'}; models may not run code on the server`);
  }
}

/** A FEEL expression could not be parsed or evaluated. */
export class ExpressionError extends EngineError {
  readonly code = 'ENGINE_EXPRESSION_FAILED';

  constructor(
    readonly expression: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Expression ${JSON.stringify(expression)} failed: ${reason}`, options);
  }
}

/** The instance reached an element this runtime does not execute (e.g. a service task). */
export class UnsupportedElementError extends EngineError {
  readonly code = 'ENGINE_ELEMENT_UNSUPPORTED';

  constructor(
    readonly elementId: string,
    readonly elementType: string,
  ) {
    super(`<${elementId}> of type ${elementType} cannot be executed by this runtime`);
  }
}

/** Any other failure inside the engine during a step; the step's state must not be saved. */
export class ProcessExecutionError extends EngineError {
  readonly code = 'ENGINE_EXECUTION_FAILED';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
