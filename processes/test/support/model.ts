import BpmnModdle from 'bpmn-moddle';
import camunda from 'camunda-bpmn-moddle/resources/camunda.json';

export type Element = BpmnModdle.Element;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A chain parsed the way Camunda Modeler reads it: BPMN + Camunda attributes, `vd:*` kept as foreign attributes. */
export interface ChainModel {
  definitions: Element;
  process: Element;
  warnings: string[];
  flowNodes: Element[];
  sequenceFlows: Element[];
  userTasks: Element[];
  /** DI elements (shapes and edges) by the id of the BPMN element they draw. */
  diById: Map<string, Element[]>;
}

export async function parseChain(xml: string): Promise<ChainModel> {
  const moddle = new BpmnModdle({ camunda });
  const { rootElement: definitions, warnings } = await moddle.fromXML(xml);
  const process = list(definitions, 'rootElements').find((e) => e.$type === 'bpmn:Process');
  if (!process) throw new Error('no bpmn:Process in the model');
  const flowElements = list(process, 'flowElements');
  const diById = new Map<string, Element[]>();
  for (const diagram of list(definitions, 'diagrams')) {
    for (const di of list(diagram.plane as Element, 'planeElement')) {
      const id = String((di.bpmnElement as Element).id);
      diById.set(id, [...(diById.get(id) ?? []), di]);
    }
  }
  return {
    definitions,
    process,
    warnings: warnings.map((w) => w.message),
    flowNodes: flowElements.filter((e) => e.$type !== 'bpmn:SequenceFlow'),
    sequenceFlows: flowElements.filter((e) => e.$type === 'bpmn:SequenceFlow'),
    userTasks: flowElements.filter((e) => e.$type === 'bpmn:UserTask'),
    diById,
  };
}

/** A collection property of a moddle element (absent collections read as empty). */
export function list(element: Element, property: string): Element[] {
  return (element[property] as Element[] | undefined) ?? [];
}

/** A `vd:` extension attribute as written in the XML. */
export function vd(element: Element, name: string): string | undefined {
  return element.$attrs[`vd:${name}`];
}

export function ref(element: Element, property: string): Element {
  return element[property] as Element;
}

/** The text of a flow's condition, or undefined for an unconditional flow. */
export function conditionOf(flow: Element): string | undefined {
  const condition = flow.conditionExpression as Element | undefined;
  return condition ? String(condition.body) : undefined;
}

export function boundsOf(di: Element): Rect {
  return di.bounds as unknown as Rect;
}

export function labelBoundsOf(di: Element): Rect | undefined {
  const label = di.label as Element | undefined;
  return label?.bounds as unknown as Rect | undefined;
}

export function waypointsOf(di: Element): { x: number; y: number }[] {
  return (di.waypoint as unknown as { x: number; y: number }[] | undefined) ?? [];
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** True when the point lies on the rectangle's border (1 px tolerance). */
export function onBorder(point: { x: number; y: number }, r: Rect): boolean {
  const within = (v: number, lo: number, hi: number) => v >= lo - 1 && v <= hi + 1;
  const near = (v: number, edge: number) => Math.abs(v - edge) <= 1;
  const onVertical = (near(point.x, r.x) || near(point.x, r.x + r.width)) && within(point.y, r.y, r.y + r.height);
  const onHorizontal = (near(point.y, r.y) || near(point.y, r.y + r.height)) && within(point.x, r.x, r.x + r.width);
  return onVertical || onHorizontal;
}
