import type { MessageContent } from '../bpmn/engine-types';
import type { DefinitionInternals } from '../compile/definition-internals';
import type { CapturedTimer, InstanceStatus, StepResult, WaitingTask } from '../contract';
import { isTimerType } from '../timers/timer-schedule';
import type { EngineSession } from './engine-session';
import { toWaitingTask } from './waiting-tasks';

/** What was waiting and armed before a step, to compare the step's outcome with. */
export interface BeforeStep {
  waiting: WaitingTask[];
  armedTimerExecutionIds: string[];
}

/** Nothing waiting, nothing armed: before an instance starts. */
export const NOTHING_BEFORE: BeforeStep = { waiting: [], armedTimerExecutionIds: [] };

/** Takes note of what is waiting (the session's, unless the caller already has them) and armed, before a step acts. */
export function beforeStep(session: EngineSession, waitingApis = session.waitingUserTasks()): BeforeStep {
  return {
    waiting: waitingApis.map((api) => toWaitingTask(api, session.internals)),
    armedTimerExecutionIds: session.timers.armedTimerContents().map((content) => content.executionId ?? ''),
  };
}

/** Everything the caller stores after a step, compared with what was waiting and armed before it. */
export async function buildStepResult(session: EngineSession, { waiting: before, armedTimerExecutionIds }: BeforeStep): Promise<StepResult> {
  const internals = session.internals;
  const waitingTasks = session.waitingUserTasks().map((api) => toWaitingTask(api, internals));
  const beforeIds = new Set(before.map((task) => task.executionId));
  const afterIds = new Set(waitingTasks.map((task) => task.executionId));
  const ended = session.completed ? session.tracker.endedInfo() : undefined;
  const timers = session.timers.armedTimerContents().map((content) => toCapturedTimer(content, internals));

  return {
    state: await session.state(),
    status: statusOf(session),
    waitingTasks,
    openedTasks: waitingTasks.filter((task) => !beforeIds.has(task.executionId)),
    closedTaskExecutionIds: [...beforeIds].filter((id) => !afterIds.has(id)),
    timers,
    disarmedTimerExecutionIds: armedTimerExecutionIds.filter((id) => !timers.some((timer) => timer.executionId === id)),
    ...(ended && { ended }),
    variables: session.variables(),
  };
}

function statusOf(session: EngineSession): InstanceStatus {
  if (!session.completed) return 'running';
  return session.tracker.hasUncaughtError ? 'failed' : 'completed';
}

function toCapturedTimer(content: MessageContent, internals: DefinitionInternals): CapturedTimer {
  const elementId = content.id ?? '';
  const timerType = isTimerType(content.timerType) ? content.timerType : 'timeDuration';
  const value = content[timerType];
  const model = internals.timerEvents.get(elementId);
  return {
    executionId: content.executionId ?? '',
    elementId,
    ...(model?.attachedToElementId && { attachedToElementId: model.attachedToElementId }),
    ...(model?.interrupting !== undefined && { interrupting: model.interrupting }),
    timerType,
    value: value === undefined || value === null ? '' : String(value),
    expireAt: new Date(content.expireAt as string | Date).toISOString(),
  };
}
