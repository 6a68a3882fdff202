import { Engine } from 'bpmn-engine';
import type { BpmnEngine, ElementApi, EngineConstructor, EnvironmentLike } from '../bpmn/engine-types';
import type { DefinitionInternals } from '../compile/definition-internals';
import type { EngineState } from '../contract';
import { elementTypes } from '../elements/element-types';
import { createFeelExpressions } from '../expressions/feel-expressions';
import { createRefusingScripts } from '../sandbox/refusing-scripts';
import { CapturedTimers } from '../timers/captured-timers';
import { ProcessEventTracker } from './process-event-tracker';
import { createStepContext, STEP_CONTEXT_OPTION, type StepContext } from './step-context';
import { toStepError } from './step-errors';
import { MESSAGE_COPY_KEYS, stripState, withoutKeys } from './state-codec';
import { createTaskCompletionExtension } from './task-completion-extension';

const EngineClass = Engine as unknown as EngineConstructor;

/**
 * bpmn-engine's default logger makes a `debug` instance per element of every engine, and
 * each asks the terminal whether it takes colours (≈2 % of a step). Failures reach us as
 * engine errors and incidents anyway, so the engine's own logs are not kept.
 */
const SILENT_LOG = { debug: () => undefined, warn: () => undefined, error: () => undefined };
const silentLogger = () => SILENT_LOG;

/** bpmn-elements writes `fields`, `content` and `properties`; expressions see `environment`. */
export const RESERVED_VARIABLES = ['fields', 'content', 'properties', 'environment'];

/**
 * One fresh bpmn-engine for one step: built on the definition's shared source context,
 * with our expression, script and timer handlers (code, so passed to every Engine,
 * including the ones made to recover), and thrown away after the step.
 */
export class EngineSession {
  readonly timers = new CapturedTimers();
  readonly tracker: ProcessEventTracker;
  private readonly step: StepContext;
  private readonly engine: BpmnEngine;
  private engineError: unknown;
  private ended = false;

  private constructor(
    readonly internals: DefinitionInternals,
    now: Date | undefined,
    name?: string,
  ) {
    this.step = createStepContext(now);
    this.engine = new EngineClass({
      ...(name && { name }),
      sourceContext: internals.sourceContext,
      Logger: silentLogger,
      elements: elementTypes,
      expressions: createFeelExpressions(this.step.incidents),
      scripts: createRefusingScripts(this.step.incidents),
      timers: this.timers,
      extensions: { vdTaskCompletion: createTaskCompletionExtension(() => this.processEnvironment()) },
      [STEP_CONTEXT_OPTION]: this.step,
    });
    // Without an 'error' listener the EventEmitter would throw from deep inside the broker.
    this.engine.on('error', (error) => {
      this.engineError ??= error;
    });
    this.engine.on('end', () => {
      this.ended = true;
    });
    this.tracker = new ProcessEventTracker(internals);
    this.tracker.attach(this.engine.broker);
  }

  static async start(internals: DefinitionInternals, name: string, variables: Record<string, unknown>, now?: Date): Promise<EngineSession> {
    const session = new EngineSession(internals, now, name);
    await session.run(() => session.engine.execute({ variables }));
    return session;
  }

  /** Recovers the saved state and resumes it: a signal to a non-resumed engine is dropped. */
  static async recover(internals: DefinitionInternals, state: EngineState, now?: Date): Promise<EngineSession> {
    const session = new EngineSession(internals, now);
    await session.run(async () => {
      // The engine writes into what it recovers from; the caller's object stays untouched.
      session.engine.recover(structuredClone(stripState(state)));
      await session.engine.resume();
    });
    return session;
  }

  /**
   * Readies a session kept warm after an earlier step for the next one: that step's clock,
   * and no incident, error or event left over from before.
   */
  beginStep(now: Date | undefined): void {
    this.step.now = now ?? new Date();
    this.step.incidents.clear();
    this.engineError = undefined;
    this.tracker.reset();
  }

  get completed(): boolean {
    return this.ended;
  }

  /** Runs an engine call; the step fails on any incident or engine error it caused. */
  async run(action: () => unknown): Promise<void> {
    try {
      await action();
    } catch (error) {
      throw toStepError(this.step.incidents.error ?? error);
    }
    const failure = this.step.incidents.error ?? this.engineError;
    if (failure !== undefined) throw toStepError(failure);
  }

  /** Every user task waiting now, including those inside sub-processes. */
  waitingUserTasks(): ElementApi[] {
    const found = new Map<string, ElementApi>();
    collectUserTasks(this.engine.execution?.getPostponed() ?? [], found, 0);
    return [...found.values()];
  }

  /** Process variables, without the copies of the start message bpmn-elements adds. */
  variables(): Record<string, unknown> {
    return withoutKeys(this.processEnvironment()?.variables ?? {}, MESSAGE_COPY_KEYS);
  }

  /** Sets process variables before the step acts (see StepOptions.variables). */
  assignVariables(variables: Record<string, unknown>): void {
    const reserved = RESERVED_VARIABLES.filter((name) => name in variables);
    if (reserved.length) throw new TypeError(`Reserved variable names: ${reserved.join(', ')}`);
    this.processEnvironment()?.assignVariables(variables);
  }

  private processEnvironment(): EnvironmentLike | undefined {
    const definition = this.engine.execution?.definitions[0];
    return definition?.getProcessById(this.internals.processId)?.environment;
  }

  async state(): Promise<EngineState> {
    return stripState(await this.engine.getState());
  }
}

/** A sub-process lists itself among its own postponed children: skip it when descending. */
function collectUserTasks(apis: ElementApi[], found: Map<string, ElementApi>, depth: number): void {
  for (const api of apis) {
    if (api.type === 'bpmn:UserTask') found.set(api.executionId, api);
    else if (api.owner.isSubProcess && depth < 20) {
      const children = api.getPostponed().filter((child) => child.executionId !== api.executionId);
      collectUserTasks(children, found, depth + 1);
    }
  }
}
