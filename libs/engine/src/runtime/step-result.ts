import type { MessageContent } from '../bpmn/engine-types';
import type { DefinitionInternals } from '../compile/definition-internals';
import type { CapturedTimer, InstanceStatus, StepResult, WaitingTask } from '../contract';
import { isTimerType } from '../timers/timer-schedule';
import type { EngineSession } from './engine-session';
import { toWaitingTask } from './waiting-tasks';

/** Everything the caller stores after a step, compared with what was waiting before it. */
export async function buildStepResult(session: EngineSession, before: WaitingTask[]): Promise<StepResult> {
  const internals = session.internals;
  const waitingTasks = session.waitingUserTasks().map((api) => toWaitingTask(api, internals));
  const beforeIds = new Set(before.map((task) => task.executionId));
  const afterIds = new Set(waitingTasks.map((task) => task.executionId));
  const ended = session.completed ? session.tracker.endedInfo() : undefined;

  return {
    state: await session.state(),
    status: statusOf(session),
    waitingTasks,
    openedTasks: waitingTasks.filter((task) => !beforeIds.has(task.executionId)),
    closedTaskExecutionIds: [...beforeIds].filter((id) => !afterIds.has(id)),
    timers: session.timers.armedTimerContents().map((content) => toCapturedTimer(content, internals)),
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
