import type { Broker, MessageContent } from '../bpmn/engine-types';
import type { EndedInfo } from '../contract';
import type { DefinitionInternals } from '../compile/definition-internals';

interface ThrownError {
  elementId: string;
  code?: string;
}

const TRACKED_EVENTS = ['activity.end', 'activity.throw', 'activity.catch'] as const;

/**
 * Follows one step's activity events on the engine broker to tell how the process ended.
 * bpmn-elements completes a process normally when an error end event's error is not
 * caught; a BPMN error thrown and not caught in the same step is what marks it failed.
 */
export class ProcessEventTracker {
  private lastEndEventId: string | undefined;
  private readonly uncaught: ThrownError[] = [];

  constructor(private readonly internals: DefinitionInternals) {}

  attach(broker: Broker): void {
    // Only the three events read below: a step publishes hundreds of others (enter, leave,
    // discard…) and each one delivered here would cost a queued message.
    for (const event of TRACKED_EVENTS) {
      broker.subscribeTmp('event', event, (routingKey, message) => this.onActivityEvent(routingKey, message.content), {
        noAck: true,
        consumerTag: `_vd-process-event-tracker-${event}`,
      });
    }
  }

  /** How the process ended, if it ended in this step. */
  endedInfo(): EndedInfo | undefined {
    const thrown = this.uncaught.at(-1);
    const elementId = thrown?.elementId ?? this.lastEndEventId;
    if (!elementId) return undefined;
    const model = this.internals.endEvents.get(elementId);
    const errorCode = thrown ? (thrown.code ?? model?.errorCode ?? 'UNSPECIFIED') : undefined;
    return {
      elementId,
      ...(model?.name && { name: model.name }),
      ...(errorCode && { errorCode }),
      ...(model?.result && { result: model.result }),
    };
  }

  /** Forgets the previous step's events, for a session kept warm between steps. */
  reset(): void {
    this.lastEndEventId = undefined;
    this.uncaught.length = 0;
  }

  get hasUncaughtError(): boolean {
    return this.uncaught.length > 0;
  }

  private onActivityEvent(routingKey: string, content: MessageContent): void {
    const elementId = content.id;
    if (!elementId) return;
    switch (routingKey) {
      case 'activity.end':
        if (this.internals.endEvents.has(elementId)) this.lastEndEventId = elementId;
        break;
      case 'activity.throw': {
        const error = errorOf(content);
        if (error) this.uncaught.push({ elementId, ...(error.code !== undefined && { code: error.code }) });
        break;
      }
      case 'activity.catch': {
        const error = errorOf(content);
        if (!error) break;
        const index = this.uncaught.findLastIndex((thrown) => error.code === undefined || thrown.code === error.code);
        if (index >= 0) this.uncaught.splice(index, 1);
        break;
      }
    }
  }
}

/** The BPMN error a throw/catch event carries, if it is one (not an escalation or signal). */
function errorOf(content: MessageContent): { code?: string } | undefined {
  const message = content.message;
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, code } = message as { type?: unknown; code?: unknown };
  if (type !== 'bpmn:Error') return undefined;
  return code === undefined || code === null ? {} : { code: String(code) };
}
