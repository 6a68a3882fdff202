import type { ModdleElement } from '../moddle/moddle-types';

/** Reading helpers over bpmn-moddle elements, which type every property as unknown here. */

export function elementsOf(value: unknown): ModdleElement[] {
  return Array.isArray(value) ? value.filter(isModdleElement) : [];
}

export function isModdleElement(value: unknown): value is ModdleElement {
  return typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** `a, b,,c` → `['a', 'b', 'c']` */
export function listOf(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Every flow element of a process, descending into sub-processes (which have their own). */
export function flowElementsDeep(container: ModdleElement, depth = 0): ModdleElement[] {
  const own = elementsOf(container.flowElements);
  if (depth > 50) return own;
  return own.flatMap((element) => [element, ...flowElementsDeep(element, depth + 1)]);
}

export function eventDefinitionsOf(element: ModdleElement, type: string): ModdleElement[] {
  return elementsOf(element.eventDefinitions).filter((definition) => definition.$type === type);
}

/** The text of a `bpmn:FormalExpression` child (conditions, timer values). */
export function bodyOf(value: unknown): string | undefined {
  if (!isModdleElement(value)) return undefined;
  return typeof value.body === 'string' ? value.body : undefined;
}
