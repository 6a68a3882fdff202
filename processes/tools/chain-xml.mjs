// Serialises a chain (chain-model.mjs) and its geometry (chain-layout.mjs) as BPMN 2.0 XML
// with Camunda and Vinh Danh extension attributes and a full diagram.

const NAMESPACES = {
  bpmn: 'http://www.omg.org/spec/BPMN/20100524/MODEL',
  bpmndi: 'http://www.omg.org/spec/BPMN/20100524/DI',
  dc: 'http://www.omg.org/spec/DD/20100524/DC',
  di: 'http://www.omg.org/spec/DD/20100524/DI',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  camunda: 'http://camunda.org/schema/1.0/bpmn',
  vd: 'http://vinhdanh.vn/schema/bpmn/1.0',
};

/** Text content: only `&` and `<` must be escaped, so conditions stay readable. */
function escapeText(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function escape(text) {
  return escapeText(text).replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** ` a="1" b="2"`, skipping undefined values. */
function attrs(pairs) {
  return Object.entries(pairs)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escape(value)}"`)
    .join('');
}

function element(indent, tag, attributes, children = []) {
  const pad = '  '.repeat(indent);
  if (children.length === 0) return `${pad}<${tag}${attrs(attributes)} />`;
  return [`${pad}<${tag}${attrs(attributes)}>`, ...children, `${pad}</${tag}>`].join('\n');
}

function textElement(indent, tag, attributes, text) {
  return `${'  '.repeat(indent)}<${tag}${attrs(attributes)}>${escapeText(text)}</${tag}>`;
}

function nodeAttributes(node) {
  const base = { id: node.id, name: node.name };
  switch (node.kind) {
    case 'userTask':
      return {
        ...base,
        'camunda:candidateGroups': node.role,
        'camunda:formKey': node.formKey,
        'vd:level': node.level,
        'vd:limitWorkingDays': node.limit,
        'vd:legalBasis': node.legal,
        'vd:outcomes': node.outcomes.join(','),
      };
    case 'exclusiveGateway':
      return { ...base, default: node.defaultFlow };
    case 'boundaryEvent':
      return { ...base, cancelActivity: node.interrupting ? undefined : 'false', attachedToRef: node.attachedTo };
    case 'endEvent':
      return { ...base, 'vd:result': node.result };
    default:
      return base;
  }
}

function flowNode(node, flows) {
  const children = [];
  if (node.documentation) children.push(textElement(3, 'bpmn:documentation', {}, node.documentation));
  for (const flow of flows.filter((f) => f.target === node.id)) {
    children.push(textElement(3, 'bpmn:incoming', {}, flow.id));
  }
  for (const flow of flows.filter((f) => f.source === node.id)) {
    children.push(textElement(3, 'bpmn:outgoing', {}, flow.id));
  }
  if (node.timer) {
    const definition = textElement(4, `bpmn:${node.timer.type}`, { 'xsi:type': 'bpmn:tFormalExpression' }, node.timer.value);
    children.push(element(3, 'bpmn:timerEventDefinition', { id: `${node.id}_definition` }, [definition]));
  }
  return element(2, `bpmn:${node.kind}`, nodeAttributes(node), children);
}

function sequenceFlow(flow) {
  const children = flow.condition
    ? [textElement(3, 'bpmn:conditionExpression', { 'xsi:type': 'bpmn:tFormalExpression' }, flow.condition)]
    : [];
  return element(2, 'bpmn:sequenceFlow', { id: flow.id, name: flow.name, sourceRef: flow.source, targetRef: flow.target }, children);
}

const round = (n) => Math.round(n);
const bounds = (indent, b) => element(indent, 'dc:Bounds', { x: round(b.x), y: round(b.y), width: round(b.w), height: round(b.h) });
const diLabel = (label) => (label ? [element(4, 'bpmndi:BPMNLabel', {}, [bounds(5, label)])] : []);

function shape(node, geometry) {
  return element(
    3,
    'bpmndi:BPMNShape',
    { id: `${node.id}_di`, bpmnElement: node.id, isMarkerVisible: node.kind === 'exclusiveGateway' ? 'true' : undefined },
    [bounds(4, geometry), ...diLabel(geometry.label)],
  );
}

function edge(flow, geometry) {
  const waypoints = geometry.waypoints.map((p) => element(4, 'di:waypoint', { x: round(p.x), y: round(p.y) }));
  return element(3, 'bpmndi:BPMNEdge', { id: `${flow.id}_di`, bpmnElement: flow.id }, [...waypoints, ...diLabel(geometry.label)]);
}

export function chainToXml(model, layout) {
  const xmlns = Object.fromEntries(Object.entries(NAMESPACES).map(([prefix, uri]) => [`xmlns:${prefix}`, uri]));
  // Hosts before their boundary events, so a modeler draws the timers on top.
  const drawOrder = [...model.nodes].sort((a, b) => (a.kind === 'boundaryEvent') - (b.kind === 'boundaryEvent'));
  const process = element(1, 'bpmn:process', { id: model.id, name: model.name, isExecutable: 'true' }, [
    textElement(2, 'bpmn:documentation', {}, model.documentation),
    ...drawOrder.map((node) => flowNode(node, model.flows)),
    ...model.flows.map(sequenceFlow),
  ]);
  const diagram = element(1, 'bpmndi:BPMNDiagram', { id: `${model.id}_diagram` }, [
    element(2, 'bpmndi:BPMNPlane', { id: `${model.id}_plane`, bpmnElement: model.id }, [
      ...drawOrder.map((node) => shape(node, layout.shapes.get(node.id))),
      ...model.flows.map((flow) => edge(flow, layout.edges.get(flow.id))),
    ]),
  ]);
  const definitions = element(
    0,
    'bpmn:definitions',
    {
      ...xmlns,
      id: `${model.id}_definitions`,
      targetNamespace: 'http://vinhdanh.vn/bpmn/processes',
      exporter: 'Vinh Danh processes/tools/generate-chains.mjs',
      exporterVersion: '1.0.0',
    },
    [process, diagram],
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${definitions}\n`;
}
