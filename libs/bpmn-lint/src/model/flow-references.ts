import { elementProp, type ModdleElement } from '../moddle/moddle-element';

/**
 * The engine follows a sequence flow's sourceRef/targetRef; a node's <incoming>/<outgoing>
 * children are only a redundant index, which some tools do not write. bpmnlint's rules read
 * that index, so it is completed from the flows first, or a model that runs fine would be
 * reported as "not connected". Only additions: nothing the file says is removed.
 */
export function completeFlowReferences(flowElements: readonly ModdleElement[]): void {
  for (const flow of flowElements) {
    if (flow.$type !== 'bpmn:SequenceFlow') continue;
    const source = elementProp(flow, 'sourceRef');
    const target = elementProp(flow, 'targetRef');
    if (source) addOnce(elementsListOf(source, 'outgoing'), flow);
    if (target) addOnce(elementsListOf(target, 'incoming'), flow);
  }
}

/** The live collection (moddle creates it on first access), so pushes reach the tree. */
function elementsListOf(element: ModdleElement, name: string): unknown[] {
  const list = element.get(name);
  return Array.isArray(list) ? list : [];
}

function addOnce(list: unknown[], flow: ModdleElement): void {
  if (!list.includes(flow)) list.push(flow);
}
