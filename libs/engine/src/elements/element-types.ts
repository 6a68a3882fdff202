import * as Elements from 'bpmn-elements';
import { CapturedTimerEventDefinition } from './captured-timer-event-definition';
import { UnsupportedTask } from './unsupported-task';

/**
 * The element behaviours our engines use: bpmn-elements' own, with timers captured as data
 * and tasks that would call code replaced by a refusal. Used both to resolve types when a
 * model is serialised and as the Engine's `elements` option.
 */
export const elementTypes: Record<string, unknown> = {
  ...Elements,
  TimerEventDefinition: CapturedTimerEventDefinition,
  ServiceTask: UnsupportedTask,
  SendTask: UnsupportedTask,
  BusinessRuleTask: UnsupportedTask,
};
