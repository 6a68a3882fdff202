import type { UserTaskSpec } from '../contract';
import type { DefinitionIssue } from '../errors';
import type { ModdleElement } from '../moddle/moddle-types';
import type { EndEventInfo, TimerEventInfo } from './definition-internals';
import { checkCondition, checkTimers } from './expression-checks';
import { elementsOf, eventDefinitionsOf, flowElementsDeep, isModdleElement, stringOf } from './model-elements';
import { readUserTaskSpec } from './user-task-specs';

export interface ProcessModel {
  userTasks: Map<string, UserTaskSpec>;
  endEvents: Map<string, EndEventInfo>;
  timerEvents: Map<string, TimerEventInfo>;
  issues: DefinitionIssue[];
}

/** Reads what the runtime needs from the executable process, and what is wrong with it. */
export function readProcessModel(process: ModdleElement): ProcessModel {
  const model: ProcessModel = { userTasks: new Map(), endEvents: new Map(), timerEvents: new Map(), issues: [] };

  for (const element of flowElementsDeep(process)) {
    switch (element.$type) {
      case 'bpmn:UserTask':
        model.userTasks.set(element.id ?? '', readUserTaskSpec(element, model.issues));
        break;
      case 'bpmn:SequenceFlow':
        checkCondition(element, model.issues);
        break;
      case 'bpmn:BoundaryEvent':
      case 'bpmn:IntermediateCatchEvent':
      case 'bpmn:StartEvent':
        readTimerEvent(element, model);
        break;
    }
  }

  for (const element of elementsOf(process.flowElements)) {
    if (element.$type === 'bpmn:EndEvent') model.endEvents.set(element.id ?? '', readEndEvent(element));
  }
  return model;
}

function readTimerEvent(event: ModdleElement, model: ProcessModel): void {
  if (!eventDefinitionsOf(event, 'bpmn:TimerEventDefinition').length) return;
  checkTimers(event, model.issues);
  const info: TimerEventInfo = {};
  if (event.$type === 'bpmn:BoundaryEvent') {
    const attachedTo = event.attachedToRef;
    if (isModdleElement(attachedTo) && attachedTo.id) info.attachedToElementId = attachedTo.id;
    // BPMN: a boundary event interrupts unless cancelActivity="false".
    info.interrupting = event.cancelActivity !== false;
  }
  model.timerEvents.set(event.id ?? '', info);
}

function readEndEvent(event: ModdleElement): EndEventInfo {
  const info: EndEventInfo = {};
  const name = stringOf(event.name);
  if (name) info.name = name;
  const [errorDefinition] = eventDefinitionsOf(event, 'bpmn:ErrorEventDefinition');
  if (errorDefinition) info.errorCode = errorCodeOf(errorDefinition.errorRef);
  const result = stringOf(event.result);
  if (result) info.result = result;
  return info;
}

/** The `bpmn:Error`'s errorCode; its id, or a placeholder, when the model leaves it out. */
function errorCodeOf(error: unknown): string {
  if (!isModdleElement(error)) return 'UNSPECIFIED';
  return stringOf(error.errorCode) ?? error.id ?? 'UNSPECIFIED';
}
