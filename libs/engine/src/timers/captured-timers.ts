import type { MessageContent } from '../bpmn/engine-types';

type TimerCallback = (...args: unknown[]) => void;

interface TimerRef {
  /** The timer event definition's content (id, executionId, timerType, value, expireAt…). */
  owner: MessageContent | undefined;
  callback: TimerCallback;
  args: unknown[];
}

/**
 * Replaces bpmn-elements' `Timers` (the `timers` option of Engine). Arming a timer records
 * it; nothing waits in process, because instances do not live between requests and Node
 * cannot arm delays of 24.8 days or more anyway. A durable scheduler outside stores the
 * captured timers and later asks for exactly one of them to fire (`fire`).
 */
export class CapturedTimers {
  private readonly armed = new Set<TimerRef>();

  constructor() {
    // bpmn-elements calls these detached (`const { setTimeout } = timers`).
    this.setTimeout = this.setTimeout.bind(this);
    this.clearTimeout = this.clearTimeout.bind(this);
  }

  /** bpmn-engine clears every executing timer when an execution stops or completes. */
  get executing(): TimerRef[] {
    return [...this.armed];
  }

  register(owner: MessageContent): { setTimeout: CapturedTimers['setTimeout']; clearTimeout: CapturedTimers['clearTimeout'] } {
    return {
      setTimeout: (callback: TimerCallback, _delay: number, ...args: unknown[]) => this.arm(owner, callback, args),
      clearTimeout: (ref: unknown) => this.clearTimeout(ref),
    };
  }

  setTimeout(callback: TimerCallback, _delay: number, ...args: unknown[]): TimerRef {
    return this.arm(undefined, callback, args);
  }

  /** Returns undefined: TimerEventDefinition stores the result as its "current timer". */
  clearTimeout(ref: unknown): undefined {
    this.armed.delete(ref as TimerRef);
    return undefined;
  }

  /** Contents of the armed timers that belong to a timer event, in arming order. */
  armedTimerContents(): MessageContent[] {
    return [...this.armed].flatMap((ref) => (ref.owner ? [ref.owner] : []));
  }

  /** Runs the timeout of the timer armed under that execution id; false if none is armed. */
  fire(executionId: string): boolean {
    const ref = [...this.armed].find((candidate) => candidate.owner?.executionId === executionId);
    if (!ref) return false;
    this.armed.delete(ref);
    ref.callback(...ref.args);
    return true;
  }

  private arm(owner: MessageContent | undefined, callback: TimerCallback, args: unknown[]): TimerRef {
    const ref: TimerRef = { owner, callback, args };
    this.armed.add(ref);
    return ref;
  }
}
