/**
 * Tiny builders for test models. Each returns a BPMN XML fragment; `definitionsXml` wraps
 * fragments into a deployable document with the bpmn, camunda and vd namespaces.
 */

export interface UserTaskOptions {
  name?: string;
  outcomes?: string[];
  candidateGroups?: string;
  assignee?: string;
  dueDate?: string;
  formKey?: string;
  level?: string;
  limitWorkingDays?: number | string;
  legalBasis?: string;
}

export function definitionsXml(processBody: string, options: { processId?: string; before?: string; after?: string } = {}): string {
  const processId = options.processId ?? 'approval';
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  xmlns:vd="http://vinhdanh.vn/schema/bpmn/1.0"
  id="defs_${processId}" targetNamespace="http://vinhdanh.vn/test">
  ${options.before ?? ''}
  <bpmn:process id="${processId}" name="Test ${processId}" isExecutable="true">
    ${processBody}
  </bpmn:process>
  ${options.after ?? ''}
</bpmn:definitions>`;
}

export function startEvent(id = 'start'): string {
  return `<bpmn:startEvent id="${id}" />`;
}

export function endEvent(id: string, name?: string, result?: string): string {
  return `<bpmn:endEvent id="${id}"${name ? ` name="${name}"` : ''}${result ? ` vd:result="${result}"` : ''} />`;
}

export function errorEndEvent(id: string, errorRef: string): string {
  return `<bpmn:endEvent id="${id}"><bpmn:errorEventDefinition errorRef="${errorRef}" /></bpmn:endEvent>`;
}

export function errorDeclaration(id: string, errorCode: string): string {
  return `<bpmn:error id="${id}" name="${id}" errorCode="${errorCode}" />`;
}

export function userTask(id: string, options: UserTaskOptions = {}): string {
  const attributes = [
    `id="${id}"`,
    `name="${options.name ?? id}"`,
    options.outcomes && `vd:outcomes="${options.outcomes.join(',')}"`,
    options.candidateGroups && `camunda:candidateGroups="${options.candidateGroups}"`,
    options.assignee && `camunda:assignee="${escapeXml(options.assignee)}"`,
    options.dueDate && `camunda:dueDate="${escapeXml(options.dueDate)}"`,
    options.formKey && `camunda:formKey="${options.formKey}"`,
    options.level && `vd:level="${options.level}"`,
    options.limitWorkingDays !== undefined && `vd:limitWorkingDays="${options.limitWorkingDays}"`,
    options.legalBasis && `vd:legalBasis="${escapeXml(options.legalBasis)}"`,
  ].filter(Boolean);
  return `<bpmn:userTask ${attributes.join(' ')} />`;
}

export function flow(id: string, source: string, target: string, condition?: string, language?: string): string {
  if (condition === undefined) return `<bpmn:sequenceFlow id="${id}" sourceRef="${source}" targetRef="${target}" />`;
  const languageAttribute = language ? ` language="${language}"` : '';
  return `<bpmn:sequenceFlow id="${id}" sourceRef="${source}" targetRef="${target}">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression"${languageAttribute}>${escapeXml(condition)}</bpmn:conditionExpression>
    </bpmn:sequenceFlow>`;
}

export function exclusiveGateway(id: string, defaultFlow?: string): string {
  return `<bpmn:exclusiveGateway id="${id}"${defaultFlow ? ` default="${defaultFlow}"` : ''} />`;
}

export function parallelGateway(id: string): string {
  return `<bpmn:parallelGateway id="${id}" />`;
}

export function timerBoundary(id: string, attachedTo: string, duration: string, interrupting: boolean): string {
  return `<bpmn:boundaryEvent id="${id}" attachedToRef="${attachedTo}" cancelActivity="${interrupting}">
      <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${escapeXml(duration)}</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>`;
}

export function timerCatch(id: string, timerType: 'timeDuration' | 'timeDate' | 'timeCycle', value: string): string {
  return `<bpmn:intermediateCatchEvent id="${id}">
      <bpmn:timerEventDefinition><bpmn:${timerType} xsi:type="bpmn:tFormalExpression">${escapeXml(value)}</bpmn:${timerType}></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>`;
}

export function errorBoundary(id: string, attachedTo: string, errorRef: string): string {
  return `<bpmn:boundaryEvent id="${id}" attachedToRef="${attachedTo}"><bpmn:errorEventDefinition errorRef="${errorRef}" /></bpmn:boundaryEvent>`;
}

export function subProcess(id: string, body: string): string {
  return `<bpmn:subProcess id="${id}">${body}</bpmn:subProcess>`;
}

export function scriptTask(id: string, script: string, format = 'javascript'): string {
  return `<bpmn:scriptTask id="${id}" scriptFormat="${format}"><bpmn:script>${escapeXml(script)}</bpmn:script></bpmn:scriptTask>`;
}

export function serviceTask(id: string, attributes = ''): string {
  return `<bpmn:serviceTask id="${id}" ${attributes} />`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
