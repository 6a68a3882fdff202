/**
 * Builds BPMN documents for specs: a process is a list of pieces (nodes, flows, boundary
 * events, subprocesses), and the builder writes the XML and a simple left-to-right diagram
 * (BPMNDI) so that a valid model is also clean for bpmnlint's drawing rules.
 */
export interface Piece {
  id: string;
  /** Shape size for nodes; absent for sequence flows. */
  size?: { width: number; height: number };
  flow?: { source: string; target: string };
  attachedTo?: string;
  children?: Piece[];
  xml(children: string): string;
}

export const NAMESPACES = {
  bpmn: 'http://www.omg.org/spec/BPMN/20100524/MODEL',
  bpmndi: 'http://www.omg.org/spec/BPMN/20100524/DI',
  dc: 'http://www.omg.org/spec/DD/20100524/DC',
  di: 'http://www.omg.org/spec/DD/20100524/DI',
  camunda: 'http://camunda.org/schema/1.0/bpmn',
  vd: 'http://vinhdanh.vn/schema/bpmn/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

const EVENT = { width: 36, height: 36 };
const TASK = { width: 100, height: 80 };
const GATEWAY = { width: 50, height: 50 };

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function attributes(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
}

export function node(
  tag: string,
  id: string,
  attrs: Record<string, string | undefined> = {},
  inner = '',
  size: { width: number; height: number } = TASK,
): Piece {
  return { id, size, xml: () => `<bpmn:${tag}${attributes({ id, ...attrs })}>${inner}</bpmn:${tag}>` };
}

export const startEvent = (id = 'start', inner = ''): Piece => node('startEvent', id, { name: 'Bắt đầu' }, inner, EVENT);

export function endEvent(id = 'end', kind: 'none' | 'terminate' | 'error' = 'none', errorRef?: string): Piece {
  const inner =
    kind === 'terminate'
      ? '<bpmn:terminateEventDefinition/>'
      : kind === 'error'
        ? `<bpmn:errorEventDefinition${attributes({ errorRef })}/>`
        : '';
  return node('endEvent', id, { name: 'Kết thúc' }, inner, EVENT);
}

export interface UserTaskAttributes {
  name: string;
  candidateGroups: string;
  level: string;
  outcomes: string;
  limitWorkingDays: string;
  legalBasis: string;
  formKey: string;
}

/** A user task that satisfies every house rule; pass `undefined` to drop an attribute. */
export function userTask(id = 'task', overrides: Partial<Record<keyof UserTaskAttributes, string | undefined>> = {}): Piece {
  const values: Partial<Record<keyof UserTaskAttributes, string | undefined>> = {
    name: 'Thẩm định hồ sơ',
    candidateGroups: 'clerk',
    level: 'commune',
    outcomes: 'approve,return',
    limitWorkingDays: '10',
    legalBasis: 'Điều 48 Nghị định 98/2023/NĐ-CP',
    ...overrides,
  };
  return node('userTask', id, {
    name: values.name,
    'camunda:candidateGroups': values.candidateGroups,
    'camunda:formKey': values.formKey,
    'vd:level': values.level,
    'vd:outcomes': values.outcomes,
    'vd:limitWorkingDays': values.limitWorkingDays,
    'vd:legalBasis': values.legalBasis,
  });
}

export const scriptTask = (id = 'script', script = 'next(null, require("child_process"))'): Piece =>
  node('scriptTask', id, { name: 'Kịch bản', scriptFormat: 'javascript' }, `<bpmn:script>${escapeXml(script)}</bpmn:script>`);

export const serviceTask = (id = 'service'): Piece => node('serviceTask', id, { name: 'Gọi dịch vụ' });

export const exclusiveGateway = (id = 'gateway', defaultFlow?: string): Piece =>
  node('exclusiveGateway', id, { name: 'Kết quả?', default: defaultFlow }, '', GATEWAY);

export const parallelGateway = (id = 'fork'): Piece => node('parallelGateway', id, {}, '', GATEWAY);

export interface FlowOptions {
  condition?: string;
  language?: string;
  name?: string;
}

export function sequenceFlow(id: string, source: string, target: string, options: FlowOptions = {}): Piece {
  const conditionAttributes = attributes({ 'xsi:type': 'bpmn:tFormalExpression', language: options.language });
  const condition =
    options.condition === undefined
      ? ''
      : `<bpmn:conditionExpression${conditionAttributes}>${escapeXml(options.condition)}</bpmn:conditionExpression>`;
  return {
    id,
    flow: { source, target },
    xml: () =>
      `<bpmn:sequenceFlow${attributes({ id, name: options.name, sourceRef: source, targetRef: target })}>${condition}</bpmn:sequenceFlow>`,
  };
}

export type TimerValue = { timeDuration: string } | { timeDate: string } | { timeCycle: string } | Record<string, never>;

export function timerDefinition(value: TimerValue): string {
  const [type, body] = Object.entries(value)[0] ?? [];
  const inner = type ? `<bpmn:${type} xsi:type="bpmn:tFormalExpression">${escapeXml(body ?? '')}</bpmn:${type}>` : '';
  return `<bpmn:timerEventDefinition>${inner}</bpmn:timerEventDefinition>`;
}

export function boundaryTimer(id: string, attachedTo: string, value: TimerValue, cancelActivity = true): Piece {
  return {
    ...node(
      'boundaryEvent',
      id,
      { name: 'Quá hạn', attachedToRef: attachedTo, cancelActivity: cancelActivity ? undefined : 'false' },
      timerDefinition(value),
      EVENT,
    ),
    attachedTo,
  };
}

export const timerCatch = (id: string, value: TimerValue): Piece =>
  node('intermediateCatchEvent', id, { name: 'Chờ' }, timerDefinition(value), EVENT);

export function subProcess(id: string, children: Piece[]): Piece {
  return {
    id,
    children,
    xml: (inner) => `<bpmn:subProcess${attributes({ id, name: 'Quy trình con' })}>${inner}</bpmn:subProcess>`,
  };
}

export interface DocumentOptions {
  processId?: string;
  /** 'true', 'false' or undefined (attribute left out). */
  isExecutable?: string | undefined;
  /** Extra XML placed in <definitions> before the process (bpmn:error, other processes…). */
  before?: string;
  /** Write the diagram; default true. */
  diagram?: boolean;
}

export function bpmnDocument(pieces: Piece[], options: DocumentOptions = {}): string {
  const processId = options.processId ?? 'Process_1';
  const executable = 'isExecutable' in options ? options.isExecutable : 'true';
  const namespaces = Object.entries(NAMESPACES)
    .map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`)
    .join('');
  const body = pieces.map(render).join('\n    ');
  const diagram = options.diagram === false ? '' : renderDiagram(processId, pieces);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<bpmn:definitions${namespaces} id="Definitions_1" targetNamespace="http://vinhdanh.vn/bpmn">`,
    options.before ?? '',
    `  <bpmn:process${attributes({ id: processId, name: 'Quy trình thử', isExecutable: executable })}>`,
    `    ${body}`,
    '  </bpmn:process>',
    diagram,
    '</bpmn:definitions>',
  ].join('\n');
}

function render(piece: Piece): string {
  return piece.xml((piece.children ?? []).map(render).join(''));
}

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Lays nodes out left to right (subprocesses expanded around their children). */
function layout(pieces: Piece[], x0: number, y0: number, bounds: Map<string, Bounds>): Bounds {
  let x = x0;
  let bottom = y0;
  for (const piece of pieces) {
    if (piece.flow || piece.attachedTo) continue;
    if (piece.children) {
      const inner = layout(piece.children, x + 30, y0 + 30, bounds);
      const box = { x, y: y0, width: inner.width + 60, height: inner.height + 60 };
      bounds.set(piece.id, box);
      x += box.width + 50;
      bottom = Math.max(bottom, y0 + box.height);
      continue;
    }
    const size = piece.size ?? TASK;
    bounds.set(piece.id, { x, y: y0 + (80 - size.height) / 2, width: size.width, height: size.height });
    x += size.width + 50;
    bottom = Math.max(bottom, y0 + 80);
  }
  for (const piece of pieces) {
    const host = piece.attachedTo ? bounds.get(piece.attachedTo) : undefined;
    if (host) bounds.set(piece.id, { x: host.x + host.width - 50, y: host.y + host.height - 18, width: 36, height: 36 });
  }
  return { x: x0, y: y0, width: Math.max(x - x0 - 50, 0), height: bottom - y0 };
}

function renderDiagram(processId: string, pieces: Piece[]): string {
  const bounds = new Map<string, Bounds>();
  layout(pieces, 100, 100, bounds);
  const all = flatten(pieces);
  const shapes = all
    .filter((piece) => !piece.flow)
    .map((piece) => {
      const box = bounds.get(piece.id);
      if (!box) return '';
      const expanded = piece.children ? ' isExpanded="true"' : '';
      const dcBounds = `<dc:Bounds${attributes({ x: `${box.x}`, y: `${box.y}`, width: `${box.width}`, height: `${box.height}` })}/>`;
      return `<bpmndi:BPMNShape id="${piece.id}_di" bpmnElement="${piece.id}"${expanded}>${dcBounds}</bpmndi:BPMNShape>`;
    });
  const edges = all
    .filter((piece) => piece.flow)
    .map((piece) => {
      const source = piece.flow ? bounds.get(piece.flow.source) : undefined;
      const target = piece.flow ? bounds.get(piece.flow.target) : undefined;
      if (!source || !target) return '';
      const from = `<di:waypoint x="${source.x + source.width}" y="${source.y + source.height / 2}"/>`;
      const to = `<di:waypoint x="${target.x}" y="${target.y + target.height / 2}"/>`;
      return `<bpmndi:BPMNEdge id="${piece.id}_di" bpmnElement="${piece.id}">${from}${to}</bpmndi:BPMNEdge>`;
    });
  const plane = `<bpmndi:BPMNPlane id="Plane_1" bpmnElement="${processId}">${[...shapes, ...edges].join('')}</bpmndi:BPMNPlane>`;
  return `  <bpmndi:BPMNDiagram id="Diagram_1">${plane}</bpmndi:BPMNDiagram>`;
}

function flatten(pieces: Piece[]): Piece[] {
  return pieces.flatMap((piece) => [piece, ...flatten(piece.children ?? [])]);
}
