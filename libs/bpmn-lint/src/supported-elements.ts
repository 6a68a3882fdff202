/**
 * What the runtime runs, for the api and the docs to show. Matching is on the exact type
 * (a bpmn:Transaction is a kind of bpmn:SubProcess, yet not supported) and, for events, on
 * the kind of event definition ('none' = no definition).
 */
export type EventKind = 'none' | 'timer' | 'error' | 'terminate';

export interface SupportedElement {
  type: string;
  /** For events: the definitions allowed. */
  eventKinds?: readonly EventKind[];
  labelVi: string;
}

export const SUPPORTED_ELEMENTS: readonly SupportedElement[] = [
  { type: 'bpmn:StartEvent', eventKinds: ['none'], labelVi: 'Sự kiện bắt đầu (không loại)' },
  { type: 'bpmn:EndEvent', eventKinds: ['none', 'error', 'terminate'], labelVi: 'Sự kiện kết thúc (thường, lỗi, chấm dứt)' },
  { type: 'bpmn:UserTask', labelVi: 'Công việc của người dùng' },
  { type: 'bpmn:ExclusiveGateway', labelVi: 'Cổng rẽ nhánh loại trừ (XOR)' },
  { type: 'bpmn:ParallelGateway', labelVi: 'Cổng song song (AND)' },
  { type: 'bpmn:SequenceFlow', labelVi: 'Luồng tuần tự' },
  { type: 'bpmn:BoundaryEvent', eventKinds: ['timer', 'error'], labelVi: 'Sự kiện biên (hẹn giờ, lỗi)' },
  { type: 'bpmn:IntermediateCatchEvent', eventKinds: ['timer'], labelVi: 'Sự kiện chờ hẹn giờ' },
  { type: 'bpmn:SubProcess', labelVi: 'Quy trình con nhúng' },
] as const;

/** Drawn for people, skipped by the runtime: accepted without comment. */
export const ANNOTATION_ELEMENTS: readonly string[] = ['bpmn:TextAnnotation', 'bpmn:Association', 'bpmn:Group'];

/** Accepted with a warning: they look meaningful but carry no data at run time. */
export const IGNORED_ELEMENTS: readonly string[] = [
  'bpmn:DataObject',
  'bpmn:DataObjectReference',
  'bpmn:DataStoreReference',
];

/** Multi-instance is accepted on these, as long as its expressions are not scripts. */
export const SUPPORTED_LOOP_CHARACTERISTICS: readonly string[] = ['bpmn:MultiInstanceLoopCharacteristics'];
