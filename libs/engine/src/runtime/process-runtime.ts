import { compileDefinition } from '../compile/compile-definition';
import { internalsOf } from '../compile/definition-internals';
import type { CompiledDefinition, EngineState, ProcessRuntime, StateLoader, StartInput, StepOptions, StepResult, TaskCompletion } from '../contract';
import { WarmSessions } from './warm-sessions';
import { OutcomeNotAllowedError, TaskNotWaitingError, TimerNotArmedError } from '../errors';
import { EngineSession, RESERVED_VARIABLES } from './engine-session';
import { NOTHING_BEFORE, beforeStep, buildStepResult } from './step-result';
import type { CompletionSignal } from './task-completion-extension';

export interface ProcessRuntimeOptions {
  /**
   * How many live engines to keep between steps (0, the default, keeps none). Each costs
   * ≈0.9 MB of heap; the saved state stays the source of truth either way.
   */
  warmInstances?: number;
}

/**
 * The BPMN runtime. Stateless by default: every call builds a fresh engine on the compiled
 * definition's shared source context, recovers the given state, resumes it, acts, runs to
 * the next wait state and returns the new state. With `warmInstances`, the engine of a
 * stored step may be kept and reused when the caller comes back with exactly that version.
 */
export function createProcessRuntime(options: ProcessRuntimeOptions = {}): ProcessRuntime {
  const warm = new WarmSessions(options.warmInstances ?? 0);
  const produced = new WeakMap<StepResult, EngineSession>();
  const remember = (result: StepResult, session: EngineSession) => {
    if (warm.enabled) produced.set(result, session);
    return result;
  };
  const sessionFor = async (definition: CompiledDefinition, state: EngineState | StateLoader, options: StepOptions) => {
    const internals = internalsOf(definition);
    const live = options.warm && warm.enabled ? warm.take(options.warm.key, options.warm.version, internals) : undefined;
    const session = live ?? (await EngineSession.recover(internals, typeof state === 'function' ? await state() : state, options.now));
    if (live) live.beginStep(options.now);
    if (options.variables) session.assignVariables(options.variables);
    return session;
  };
  return {
    keepsWarmInstances: warm.enabled,
    compile: (xml) => compileDefinition(xml),
    start: async (definition, input) => {
      const session = await start(definition, input);
      return remember(await buildStepResult(session, NOTHING_BEFORE), session);
    },
    completeTask: async (definition, state, completion, options = {}) => {
      const session = await sessionFor(definition, state, options);
      return remember(await completeTask(session, completion), session);
    },
    fireTimer: async (definition, state, timerExecutionId, options = {}) => {
      const session = await sessionFor(definition, state, options);
      return remember(await fireTimer(session, timerExecutionId), session);
    },
    keepWarm: (result, key) => {
      const session = produced.get(result);
      produced.delete(result);
      if (session) warm.keep(key.key, key.version, session);
    },
  };
}

async function start(definition: CompiledDefinition, input: StartInput): Promise<EngineSession> {
  const internals = internalsOf(definition);
  const reserved = RESERVED_VARIABLES.filter((name) => name in input.variables);
  if (reserved.length) throw new TypeError(`Reserved variable names: ${reserved.join(', ')}`);
  const variables = { ...input.variables, businessKey: input.businessKey };
  return EngineSession.start(internals, input.businessKey, variables, input.now);
}

async function completeTask(session: EngineSession, completion: TaskCompletion): Promise<StepResult> {
  const internals = session.internals;
  const waitingApis = session.waitingUserTasks();
  const before = beforeStep(session, waitingApis);

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

async function fireTimer(session: EngineSession, timerExecutionId: string): Promise<StepResult> {
  const before = beforeStep(session);

  let fired = false;
  await session.run(() => {
    fired = session.timers.fire(timerExecutionId);
  });
  if (!fired) throw new TimerNotArmedError(timerExecutionId);
  return buildStepResult(session, before);
}
