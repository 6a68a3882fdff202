import { getDate, ISOInterval } from '@0dep/piso';
import type { CapturedTimer } from '../contract';

export type TimerType = CapturedTimer['timerType'];

/** In bpmn-elements' order: when several are set, the earliest expiry wins. */
export const TIMER_TYPES: readonly TimerType[] = ['timeDuration', 'timeDate', 'timeCycle'];

export interface TimerSchedule {
  expireAt: Date;
  /** Repetitions of a cycle (`R3/PT1H` → 3); -1 when unbounded. */
  repeat?: number;
}

/**
 * When an ISO 8601 timer value expires, counted from `now` (the step's instant, not the
 * wall clock, so that a step replayed or simulated later computes the same deadline).
 */
export function scheduleTimer(timerType: TimerType, value: string, now: Date): TimerSchedule {
  if (timerType === 'timeDate') {
    const expireAt = getDate(value);
    if (Number.isNaN(expireAt.getTime())) throw new RangeError(`Invalid ISO 8601 date "${value}"`);
    return { expireAt };
  }
  const interval = new ISOInterval(value).parse();
  return { expireAt: interval.getExpireAt(now, now), repeat: interval.repeat };
}

export function isTimerType(value: unknown): value is TimerType {
  return typeof value === 'string' && (TIMER_TYPES as readonly string[]).includes(value);
}
