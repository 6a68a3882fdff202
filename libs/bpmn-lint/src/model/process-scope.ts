import { elementProp, elementsProp, idOf, type ModdleElement } from '../moddle/moddle-element';

/** The executable process and everything in it, flattened across embedded subprocesses. */
export interface ProcessScope {
  process: ModdleElement;
  /** Flow elements (nodes and sequence flows) at every depth, parents before children. */
  flowElements: ModdleElement[];
  /** Artifacts (annotations, associations, groups) at every depth. */
  artifacts: ModdleElement[];
  /** Ids of the process and of everything inside it. */
  ids: Set<string>;
}

export function collectProcessScope(process: ModdleElement): ProcessScope {
  const scope: ProcessScope = { process, flowElements: [], artifacts: [], ids: new Set() };
  const add = (element: ModdleElement): void => {
    const id = idOf(element);
    if (id) scope.ids.add(id);
  };
  const visit = (container: ModdleElement): void => {
    add(container);
    for (const artifact of elementsProp(container, 'artifacts')) {
      add(artifact);
      scope.artifacts.push(artifact);
    }
    for (const element of elementsProp(container, 'flowElements')) {
      scope.flowElements.push(element);
      if (element.$instanceOf('bpmn:FlowElementsContainer')) visit(element);
      else add(element);
    }
  };
  visit(process);
  // Lanes are drawn inside the pool; findings about them belong to this process too.
  for (const laneSet of elementsProp(process, 'laneSets')) collectLaneIds(laneSet, scope.ids);
  return scope;
}

function collectLaneIds(laneSet: ModdleElement, ids: Set<string>): void {
  const id = idOf(laneSet);
  if (id) ids.add(id);
  for (const lane of elementsProp(laneSet, 'lanes')) {
    const laneId = idOf(lane);
    if (laneId) ids.add(laneId);
    const child = elementProp(lane, 'childLaneSet');
    if (child) collectLaneIds(child, ids);
  }
}

export function isSequenceFlow(element: ModdleElement): boolean {
  return element.$type === 'bpmn:SequenceFlow';
}

/** Outgoing sequence flows of a node, from the flows' sourceRef (what the engine follows). */
export function outgoingFlows(scope: ProcessScope, node: ModdleElement): ModdleElement[] {
  return scope.flowElements.filter((element) => isSequenceFlow(element) && elementProp(element, 'sourceRef') === node);
}
