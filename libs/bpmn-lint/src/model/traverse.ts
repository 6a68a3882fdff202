import { isModdleElement, type ModdleElement } from '../moddle/moddle-element';

const SIMPLE_TYPES = new Set(['String', 'Boolean', 'Integer', 'Real']);

/**
 * Depth-first walk over contained children (not references, not attributes), the way
 * bpmnlint walks: it reaches extension elements and expressions as well as flow elements.
 * Generic elements (unknown namespaces) keep their children in $children.
 */
export function traverse(element: ModdleElement, visit: (element: ModdleElement) => void): void {
  visit(element);
  for (const child of containedChildren(element)) traverse(child, visit);
}

function containedChildren(element: ModdleElement): ModdleElement[] {
  const descriptor = element.$descriptor;
  if (!descriptor || descriptor.isGeneric) {
    const children = (element as unknown as Record<string, unknown>)['$children'];
    return Array.isArray(children) ? children.filter(isModdleElement) : [];
  }
  const children: ModdleElement[] = [];
  for (const property of descriptor.properties ?? []) {
    if (property.isAttr || property.isReference || SIMPLE_TYPES.has(property.type)) continue;
    // Read the field directly: get() would create empty collections all over the tree.
    const value = (element as unknown as Record<string, unknown>)[property.name];
    if (Array.isArray(value)) children.push(...value.filter(isModdleElement));
    else if (isModdleElement(value)) children.push(value);
  }
  return children;
}
