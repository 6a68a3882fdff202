import { elementProp, elementsProp, idOf, type ModdleElement } from '../moddle/moddle-element';
import type { ProcessScope } from '../model/process-scope';

/**
 * Which element ids bpmnlint findings are kept for: the executable process and what is in
 * it, the pool that shows it, and the global definitions (errors, messages…) it may use.
 * Other pools are documentation; findings about them would only bury the real ones.
 */
export function bpmnlintScopeIds(definitions: ModdleElement, scope: ProcessScope): Set<string> {
  const ids = new Set(scope.ids);
  for (const root of elementsProp(definitions, 'rootElements')) {
    if (root.$type === 'bpmn:Collaboration') {
      for (const participant of elementsProp(root, 'participants')) {
        const id = idOf(participant);
        if (id && elementProp(participant, 'processRef') === scope.process) ids.add(id);
      }
    } else if (root.$type !== 'bpmn:Process') {
      const id = idOf(root);
      if (id) ids.add(id);
    }
  }
  return ids;
}
