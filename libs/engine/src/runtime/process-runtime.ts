import { compileDefinition } from '../compile/compile-definition';
import { internalsOf } from '../compile/definition-internals';
import type { CompiledDefinition, EngineState, ProcessRuntime, StartInput, StepOptions, StepResult, TaskCompletion } from '../contract';
import { OutcomeNotAllowedError, TaskNotWaitingError, TimerNotArmedError } from '../errors';
import { EngineSession } from './engine-session';
import { buildStepResult } from './step-result';
import type { CompletionSignal } from './task-completion-extension';
import { toWaitingTask } from './waiting-tasks';

/** Reserved for later (e.g. a logger); accepted so that callers need not change then. */
export type ProcessRuntimeOptions = Record<string, never>;

/**
 * The BPMN runtime. Stateless: every call builds a fresh engine on the compiled
 * definition's shared source context, recovers the given state, resumes it, acts, runs to
 * the next wait state and returns the new state. Nothing of an instance stays in memory.
 */
export function createProcessRuntime(_options: ProcessRuntimeOptions = {}): ProcessRuntime {
  return {
    compile: (xml) => compileDefinition(xml),
    start,
    completeTask,
    fireTimer,
  };
}

const RESERVED_VARIABLES = ['fields', 'content', 'properties', 'environment'];

async function start(definition: CompiledDefinition, input: StartInput): Promise<StepResult> {
  const internals = internalsOf(definition);
  const reserved = RESERVED_VARIABLES.filter((name) => name in input.variables);
  if (reserved.length) throw new TypeError(`Reserved variable names: ${reserved.join(', ')}`);
  const variables = { ...input.variables, businessKey: input.businessKey };
  const session = await EngineSession.start(internals, input.businessKey, variables, input.now);
  return buildStepResult(session, []);
}

async function completeTask(
  definition: CompiledDefinition,
  state: EngineState,
  completion: TaskCompletion,
  options: StepOptions = {},
): Promise<StepResult> {
  const internals = internalsOf(definition);
  const session = await EngineSession.recover(internals, state, options.now);
  const waitingApis = session.waitingUserTasks();
  const before = waitingApis.map((api) => toWaitingTask(api, internals));

  // A signal to an id that is not waiting is silently ignored by the engine: check first.
  const target = waitingApis.find((api) => api.executionId === completion.executionId);
  if (!target) throw new TaskNotWaitingError(completion.executionId);
  const allowed = internals.userTasks.get(target.id)?.outcomes ?? [];
  if (allowed.length && !allowed.includes(completion.outcome)) {
    throw new OutcomeNotAllowedError(target.id, completion.outcome, allowed);
  }

  const signal: CompletionSignal = {
    outcome: completion.outcome,
    data: completion.data ?? {},
    comment: completion.comment ?? null,
    actor: completion.actor ?? null,
  };
  await session.run(() => target.signal(signal));
  return buildStepResult(session, before);
}

async function fireTimer(
  definition: CompiledDefinition,
  state: EngineState,
  timerExecutionId: string,
  options: StepOptions = {},
): Promise<StepResult> {
  const internals = internalsOf(definition);
  const session = await EngineSession.recover(internals, state, options.now);
  const before = session.waitingUserTasks().map((api) => toWaitingTask(api, internals));

  let fired = false;
  await session.run(() => {
    fired = session.timers.fire(timerExecutionId);
  });
  if (!fired) throw new TimerNotArmedError(timerExecutionId);
  return buildStepResult(session, before);
}
