import { Activity } from 'bpmn-elements';
import type { ActivityLike, BrokerMessage } from '../bpmn/engine-types';
import { UnsupportedElementError } from '../errors';
import { stepContextOf } from '../runtime/step-context';

interface FatalCapableActivity extends ActivityLike {
  emitFatal(error: Error, content: unknown): void;
}

type ActivityConstructor = new (Behaviour: unknown, activityDef: unknown, context: unknown) => unknown;

const ActivityBase = Activity as unknown as ActivityConstructor;

/**
 * Stands in for service, send and business-rule tasks: the model still compiles and loads,
 * but an instance that reaches one fails its step with `UnsupportedElementError` instead of
 * calling whatever the model names.
 */
export function UnsupportedTask(activityDef: unknown, context: unknown): unknown {
  return new ActivityBase(UnsupportedTaskBehaviour, activityDef, context);
}

class UnsupportedTaskBehaviour {
  constructor(private readonly activity: FatalCapableActivity) {}

  execute(executeMessage: BrokerMessage): void {
    const error = new UnsupportedElementError(this.activity.id, this.activity.type);
    stepContextOf(this.activity.environment)?.incidents.record(error);
    this.activity.emitFatal(error, executeMessage.content);
  }
}
