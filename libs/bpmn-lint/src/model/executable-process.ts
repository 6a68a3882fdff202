import { ISSUE_CODES } from '../issue-codes';
import type { IssueSink } from '../lint-report';
import { booleanProp, elementsProp, idOf, type ModdleElement } from '../moddle/moddle-element';

/**
 * Stage 3: exactly one process must say isExecutable="true". A collaboration may draw other
 * pools (the citizen, another office) as non-executable documentation; they are not linted.
 * An absent isExecutable is not "true": Camunda Modeler writes it, and a model that never
 * said it is meant to run is most likely a drawing.
 */
export function findExecutableProcess(definitions: ModdleElement, sink: IssueSink): ModdleElement | undefined {
  const processes = elementsProp(definitions, 'rootElements').filter((element) => element.$type === 'bpmn:Process');
  const executable = processes.filter((process) => booleanProp(process, 'isExecutable') === true);

  if (executable.length === 1) return executable[0];

  if (executable.length === 0) {
    const ids = processes.map((process) => idOf(process) ?? '?');
    const found = ids.length ? ` Các quy trình trong tệp: ${ids.join(', ')}.` : ' Tệp không có quy trình nào.';
    sink.error({
      code: ISSUE_CODES.bpmnNoExecutableProcess,
      ...(ids.length === 1 ? { elementId: ids[0] } : {}),
      message: `Cần đúng một quy trình có isExecutable="true" (no executable process).${found}`,
    });
    return undefined;
  }

  const ids = executable.map((process) => idOf(process) ?? '?');
  for (const id of ids) {
    sink.error({
      code: ISSUE_CODES.bpmnMultipleExecutableProcesses,
      elementId: id,
      message: `Chỉ được có một quy trình thực thi; tệp có ${ids.length}: ${ids.join(', ')}`,
    });
  }
  return undefined;
}
