import { outcomeNeedsReason } from '@vinh-danh/domain';
import type { CapturedTimer, CompiledDefinition, EngineState, StepResult, WaitingTask } from '@vinh-danh/engine';
import { compiledChain, processRuntime, type ChainSpec } from './chains';
import { START_INSTANT, startVariables, type StartVariables } from './factories';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * One dossier's process driven the way the api drives it: nothing stays in memory between
 * steps but the state as JSON text, which every step parses back before calling the engine.
 */
export class DossierRun {
  /** Element ids of the user tasks in the order they opened. */
  readonly openedTaskIds: string[] = [];
  /** The state returned by every step, as the engine gave it (before the JSON round trip). */
  readonly stepStates: EngineState[] = [];
  private savedState = '';
  private last!: StepResult;
  /** What the api tells every step (StepOptions.variables), e.g. `closedLevels`. */
  private stepVariables: Record<string, unknown> | undefined;

  private constructor(
    readonly chain: ChainSpec,
    private readonly definition: CompiledDefinition,
    private now: Date,
  ) {}

  static async start(chain: ChainSpec, variables: Partial<StartVariables> = {}): Promise<DossierRun> {
    const definition = await compiledChain(chain);
    const vars = startVariables(variables);
    const run = new DossierRun(chain, definition, START_INSTANT);
    run.record(await processRuntime().start(definition, { businessKey: vars.dossierId, variables: vars, now: run.now }));
    return run;
  }

  /** Completes the one waiting task of that element; returns the activation it completed. */
  async complete(elementId: string, outcome: string, data?: Record<string, unknown>): Promise<WaitingTask> {
    const task = this.task(elementId);
    const comment = outcomeNeedsReason(outcome) ? `Lý do: ${outcome}` : undefined;
    await this.completeExecution(task.executionId, outcome, data, comment);
    return task;
  }

  /** Completes by execution id, e.g. to try a stale activation. */
  async completeExecution(executionId: string, outcome: string, data?: Record<string, unknown>, comment?: string): Promise<void> {
    const completion = { executionId, outcome, data, comment, actor: 'clerk.test' };
    this.record(await processRuntime().completeTask(this.definition, this.restoreState(), completion, this.stepOptions()));
  }

  async fireTimer(elementId: string): Promise<CapturedTimer> {
    const timer = this.timer(elementId);
    this.record(await processRuntime().fireTimer(this.definition, this.restoreState(), timer.executionId, this.stepOptions()));
    return timer;
  }

  /** From now on every step runs with these variables set by the caller, as the api sets them. */
  tellSteps(variables: Record<string, unknown>): void {
    this.stepVariables = variables;
  }

  private stepOptions() {
    return { now: this.now, ...(this.stepVariables && { variables: this.stepVariables }) };
  }

  advanceDays(days: number): void {
    this.now = new Date(this.now.getTime() + days * DAY_MS);
  }

  get status(): StepResult['status'] {
    return this.last.status;
  }

  get ended(): StepResult['ended'] {
    return this.last.ended;
  }

  get variables(): Record<string, unknown> {
    return this.last.variables;
  }

  get lastStep(): StepResult {
    return this.last;
  }

  get waitingTaskIds(): string[] {
    return this.last.waitingTasks.map((t) => t.elementId).sort();
  }

  get timers(): CapturedTimer[] {
    return this.last.timers;
  }

  task(elementId: string): WaitingTask {
    const matches = this.last.waitingTasks.filter((t) => t.elementId === elementId);
    if (matches.length !== 1) {
      throw new Error(`expected one waiting <${elementId}>, waiting: [${this.waitingTaskIds.join(', ')}] (${this.describeEnd()})`);
    }
    return matches[0];
  }

  timer(elementId: string): CapturedTimer {
    const timer = this.last.timers.find((t) => t.elementId === elementId);
    if (!timer) {
      const armed = this.last.timers.map((t) => t.elementId).join(', ');
      throw new Error(`no timer armed on <${elementId}>, armed: [${armed}] (${this.describeEnd()})`);
    }
    return timer;
  }

  private describeEnd(): string {
    return this.last.ended ? `ended at ${this.last.ended.elementId}` : `status ${this.last.status}`;
  }

  private record(result: StepResult): void {
    this.last = result;
    this.openedTaskIds.push(...result.openedTasks.map((t) => t.elementId));
    this.stepStates.push(result.state);
    this.savedState = JSON.stringify(result.state);
  }

  private restoreState(): EngineState {
    return JSON.parse(this.savedState) as EngineState;
  }
}
