/**
 * The contract between the BPMN runtime and its callers (the api, the process tests, the
 * benchmarks). The runtime never keeps an instance between calls: every call takes the
 * saved state in and gives the new state back, so any number of server processes can
 * share one database.
 */

/** Namespace URI of our small BPMN extension (prefix `vd:`). */
export const VD_NAMESPACE = 'http://vinhdanh.vn/schema/bpmn/1.0';

/** Static description of a user task, read once from the model. */
export interface UserTaskSpec {
  elementId: string;
  name: string;
  /** `camunda:candidateGroups`, split on commas and trimmed (role names such as `clerk`). */
  candidateGroups: string[];
  /** `camunda:assignee` as written in the model (may be an expression). */
  assignee?: string;
  /** `camunda:formKey`, e.g. `vd:council-vote`. */
  formKey?: string;
  /** `camunda:dueDate` as written in the model. */
  dueDate?: string;
  /** `vd:level`: the tier whose office acts on this task (commune, district, province, central). */
  level?: string;
  /** `vd:limitWorkingDays`: time limit in working days from the task's start. */
  limitWorkingDays?: number;
  /** `vd:legalBasis`: the legal citation of that limit. */
  legalBasis?: string;
  /** `vd:outcomes`, comma separated in the model: the values a completion may carry. */
  outcomes: string[];
}

/** A user task waiting in a running instance. */
export interface WaitingTask extends UserTaskSpec {
  /** Identifies this activation; a task re-entered through a loop gets a new one. */
  executionId: string;
  /** `camunda:assignee` / `camunda:dueDate` after expression resolution, when set. */
  resolvedAssignee?: string;
  resolvedDueDate?: string;
}

/** A timer armed by the instance, captured as data for an external durable scheduler. */
export interface CapturedTimer {
  /** Execution id of the timer event; pass it to `fireTimer`. */
  executionId: string;
  /** Id of the boundary or intermediate catch event that owns the timer. */
  elementId: string;
  /** For boundary events: the activity it is attached to, and whether it interrupts. */
  attachedToElementId?: string;
  interrupting?: boolean;
  timerType: 'timeDuration' | 'timeDate' | 'timeCycle';
  /** The definition's value as resolved (e.g. `P30D`). */
  value: string;
  /** ISO 8601 instant at which the timer is due. */
  expireAt: string;
}

export interface EndedInfo {
  /** Id of the end event that ended the process (the last one reached). */
  elementId: string;
  name?: string;
  /** Set when the process ended through an uncaught error end event. */
  errorCode?: string;
  /** The end event's `vd:result` (e.g. granted, rejected, expired), when the model declares it. */
  result?: string;
}

export type InstanceStatus = 'running' | 'completed' | 'failed';

/** Opaque, JSON-serialisable engine state without a copy of the model. */
export type EngineState = Record<string, unknown>;

export interface StepResult {
  state: EngineState;
  status: InstanceStatus;
  /** Every user task waiting after this step. */
  waitingTasks: WaitingTask[];
  /** Waiting now and not before this step. */
  openedTasks: WaitingTask[];
  /** Execution ids that were waiting before this step and are not any more. */
  closedTaskExecutionIds: string[];
  /** Every timer armed after this step (a fired or cancelled timer is absent). */
  timers: CapturedTimer[];
  /** Execution ids of the timers armed before this step and not after it (fired or cancelled). */
  disarmedTimerExecutionIds: string[];
  ended?: EndedInfo;
  /** Process variables after this step. */
  variables: Record<string, unknown>;
}

/** What a user task completion carries into the process. */
export interface TaskCompletion {
  executionId: string;
  outcome: string;
  data?: Record<string, unknown>;
  comment?: string;
  /** Who completed it (user id), stored with the task's output. */
  actor?: string;
}

/**
 * After a completion the process variables hold:
 * - `outcome`: the outcome of the last completed user task,
 * - `data`: its data object (`{}` when none),
 * - `tasks[<elementId>]`: `{ outcome, data, comment, actor }` of the last completion of that task
 *   (`comment` and `actor` are null when not given).
 * Condition expressions are FEEL (evaluated by a safe interpreter, never JavaScript), written
 * `${...}` or `=...`; JUEL-style `==`, `&&`, `||`, `!` are accepted. Example:
 * `${data.votesFor * 100 >= councilThresholdPercent * data.members}`.
 */
export interface ProcessRuntime {
  /** Whether this runtime keeps live engines between steps (`warmInstances` > 0). */
  readonly keepsWarmInstances: boolean;
  /** Parses and validates the XML once; reuse the result for every instance of that version. */
  compile(xml: string): Promise<CompiledDefinition>;
  start(definition: CompiledDefinition, input: StartInput): Promise<StepResult>;
  /** Throws `TaskNotWaitingError` if the execution id is not a waiting user task. */
  completeTask(
    definition: CompiledDefinition,
    state: EngineState | StateLoader,
    completion: TaskCompletion,
    options?: StepOptions,
  ): Promise<StepResult>;
  /** Fires the timer now, whatever its `expireAt`. Throws `TimerNotArmedError` if it is not armed. */
  fireTimer(
    definition: CompiledDefinition,
    state: EngineState | StateLoader,
    timerExecutionId: string,
    options?: StepOptions,
  ): Promise<StepResult>;
  /**
   * After the caller has durably stored `result.state` as `version` of instance `key`, keeps
   * the live engine that produced it for the next step (a no-op when warm instances are off).
   * Never call it for a result that was not stored: the next step would start from a state
   * the database does not have.
   */
  keepWarm(result: StepResult, warm: WarmKey): void;
}

export interface StepOptions {
  /** The instant the engine takes as "now" for timers armed in this step; defaults to the wall clock. */
  now?: Date;
  /**
   * The caller's key for this instance and the version of the state it read. When the
   * runtime keeps warm instances and holds this one at exactly that version, it steps the
   * live engine instead of recovering the state (same result, less work).
   */
  warm?: WarmKey;
  /**
   * Process variables the caller sets before the step acts, for facts only the caller
   * knows and that may change between steps (e.g. which levels of the dossier's chain have
   * closed). Gateways and timers reached in this step see them; they stay in the state.
   */
  variables?: Record<string, unknown>;
}

/**
 * Reads the stored state only if the runtime needs it: a step on a warm engine does not, so
 * the caller need not fetch (and parse) the largest value of the instance for it.
 */
export type StateLoader = () => Promise<EngineState>;

export interface WarmKey {
  key: string;
  version: number;
}

export interface StartInput {
  /** The business key (our dossier id); also set as the process variable `businessKey`. */
  businessKey: string;
  /**
   * Initial process variables. `fields`, `content`, `properties` and `environment` are
   * reserved (bpmn-elements writes the first three, expressions see the engine's
   * `environment`); passing them throws a TypeError.
   */
  variables: Record<string, unknown>;
  /** The instant the engine takes as "now" for timers; defaults to the wall clock. */
  now?: Date;
}

/** A parsed, reusable definition. Treat as opaque outside libs/engine. */
export interface CompiledDefinition {
  /** Id of the executable process that instances run. */
  processId: string;
  processName?: string;
  userTasks: UserTaskSpec[];
  /** Internal: the serialised source context shared by every engine of this version. */
  readonly internal: unknown;
}
