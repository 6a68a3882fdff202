import { elementsProp, type ModdleElement } from '../moddle/moddle-element';

/** 'none', or the definition's name without the `bpmn:` prefix and `EventDefinition` suffix. */
export function eventKinds(event: ModdleElement): string[] {
  const definitions = [...elementsProp(event, 'eventDefinitions'), ...elementsProp(event, 'eventDefinitionRef')];
  if (definitions.length === 0) return ['none'];
  return definitions.map((definition) => kindName(definition.$type));
}

function kindName(type: string): string {
  const local = type.replace(/^bpmn:/, '').replace(/EventDefinition$/, '');
  return local.charAt(0).toLowerCase() + local.slice(1);
}

export function eventDefinitionsOf(event: ModdleElement, type: string): ModdleElement[] {
  return [...elementsProp(event, 'eventDefinitions'), ...elementsProp(event, 'eventDefinitionRef')].filter(
    (definition) => definition.$type === type,
  );
}
