import {
  bpmnDocument,
  boundaryTimer,
  endEvent,
  exclusiveGateway,
  sequenceFlow,
  startEvent,
  userTask,
  type DocumentOptions,
  type Piece,
} from './bpmn-builder';

/** start → one user task → end: the smallest model that passes with no finding at all. */
export function minimalValidPieces(task: Piece = userTask('task')): Piece[] {
  return [startEvent('start'), task, endEvent('end'), sequenceFlow('f1', 'start', task.id), sequenceFlow('f2', task.id, 'end')];
}

export function minimalValidModel(options: DocumentOptions = {}): string {
  return bpmnDocument(minimalValidPieces(), options);
}

/**
 * A commune's chain: the clerk prepares, the chairman decides (approve → end, return →
 * back to the clerk), with a non-interrupting reminder on the decision step.
 */
export function approvalChainModel(): string {
  return bpmnDocument([
    startEvent('start'),
    exclusiveGateway('merge'),
    userTask('prepare', { name: 'Lập hồ sơ', outcomes: 'submit' }),
    userTask('decide', {
      name: 'Quyết định khen thưởng',
      candidateGroups: 'chairman',
      outcomes: 'approve,return',
      formKey: 'vd:decision',
    }),
    boundaryTimer('remind', 'decide', { timeCycle: 'R3/P5D' }, false),
    exclusiveGateway('decision', 'toEnd'),
    endEvent('end'),
    endEvent('reminded'),
    sequenceFlow('f0', 'start', 'merge'),
    sequenceFlow('f1', 'merge', 'prepare'),
    sequenceFlow('f2', 'prepare', 'decide'),
    sequenceFlow('f3', 'decide', 'decision'),
    sequenceFlow('toEnd', 'decision', 'end', { name: 'Đồng ý' }),
    sequenceFlow('back', 'decision', 'merge', { condition: "${outcome == 'return'}", name: 'Trả lại' }),
    sequenceFlow('f4', 'remind', 'reminded'),
  ]);
}
