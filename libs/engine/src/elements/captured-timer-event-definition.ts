import { TimerEventDefinition } from 'bpmn-elements';
import type { BrokerMessage, EnvironmentLike } from '../bpmn/engine-types';
import { stepContextOf } from '../runtime/step-context';
import { scheduleTimer, TIMER_TYPES, type TimerType } from '../timers/timer-schedule';

interface TimerEventDefinitionInstance {
  environment: EnvironmentLike;
  timeDuration?: string;
  timeDate?: string;
  timeCycle?: string;
}

type TimerEventDefinitionConstructor = new (activity: unknown, eventDefinition: unknown) => TimerEventDefinitionInstance;

const BaseTimerEventDefinition = TimerEventDefinition as unknown as TimerEventDefinitionConstructor;

/** What bpmn-elements' TimerEventDefinition#execute expects from `_getTimers`. */
interface TimerResolution {
  timeDuration?: unknown;
  timeDate?: unknown;
  timeCycle?: unknown;
  timerType?: TimerType;
  expireAt?: Date;
  repeat?: number;
  timeout: number;
}

/**
 * bpmn-elements' timer event definition, with two changes (it reads the wall clock and,
 * on resume, completes a timer that is already due by itself):
 * - a new timer expires relative to the step's `now`;
 * - a resumed timer keeps the `expireAt` it was armed with, and the timeout handed to the
 *   timers is never ≤ 0, so the timer is always armed — that is, captured (see
 *   CapturedTimers) — and fires only when the runtime is asked to fire it.
 */
export class CapturedTimerEventDefinition extends BaseTimerEventDefinition {
  _getTimers(executeMessage: BrokerMessage): TimerResolution {
    const content = executeMessage.content;
    const now = stepContextOf(this.environment)?.now ?? new Date();
    const resolution = content.expireAt ? this.armedBefore(content) : this.armNow(executeMessage, now);

    const inbound = Array.isArray(content.inbound) ? (content.inbound[0] as Record<string, unknown> | undefined) : undefined;
    if (inbound && typeof inbound.repeat === 'number') resolution.repeat = inbound.repeat;
    return resolution;
  }

  private armedBefore(content: Record<string, unknown>): TimerResolution {
    const expireAt = new Date(content.expireAt as string | Date);
    const resolution: TimerResolution = { expireAt, timeout: 1 };
    for (const timerType of TIMER_TYPES) {
      if (timerType in content) resolution[timerType] = content[timerType];
    }
    resolution.timerType = TIMER_TYPES.find((timerType) => timerType === content.timerType);
    if (typeof content.repeat === 'number') resolution.repeat = content.repeat;
    return resolution;
  }

  private armNow(executeMessage: BrokerMessage, now: Date): TimerResolution {
    const content = executeMessage.content;
    const resolution: TimerResolution = { timeout: 1 };
    for (const timerType of TIMER_TYPES) {
      let value: unknown;
      if (timerType in content) value = content[timerType];
      else if (this[timerType]) value = this.environment.resolveExpression(this[timerType] ?? '', executeMessage);
      else continue;

      resolution[timerType] = value;
      const schedule = value ? scheduleTimer(timerType, String(value), now) : { expireAt: now, repeat: undefined };
      if (!resolution.expireAt || resolution.expireAt > schedule.expireAt) {
        resolution.timerType = timerType;
        resolution.expireAt = schedule.expireAt;
        resolution.repeat = schedule.repeat;
      }
    }
    resolution.expireAt ??= now;
    resolution.timeout = Math.max(1, resolution.expireAt.getTime() - now.getTime());
    return resolution;
  }
}
