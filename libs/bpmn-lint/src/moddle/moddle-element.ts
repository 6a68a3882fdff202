/**
 * The part of a moddle element the lint relies on. bpmn-moddle ships no types, so values
 * read from the tree are `unknown` until one of the accessors below has checked them.
 */
export interface ModdleElement {
  readonly $type: string;
  readonly $parent?: ModdleElement;
  readonly $attrs?: Record<string, string>;
  readonly $descriptor?: ModdlePropertiesDescriptor;
  $instanceOf(type: string): boolean;
  get(name: string): unknown;
}

export interface ModdlePropertiesDescriptor {
  readonly isGeneric?: boolean;
  readonly properties?: readonly ModdlePropertyDescriptor[];
}

export interface ModdlePropertyDescriptor {
  readonly name: string;
  readonly type: string;
  readonly isAttr?: boolean;
  readonly isReference?: boolean;
  readonly isMany?: boolean;
}

export function isModdleElement(value: unknown): value is ModdleElement {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { $type?: unknown }).$type === 'string' &&
    typeof (value as { $instanceOf?: unknown }).$instanceOf === 'function' &&
    typeof (value as { get?: unknown }).get === 'function'
  );
}

export function stringProp(element: ModdleElement, name: string): string | undefined {
  const value = element.get(name);
  return typeof value === 'string' ? value : undefined;
}

export function booleanProp(element: ModdleElement, name: string): boolean | undefined {
  const value = element.get(name);
  return typeof value === 'boolean' ? value : undefined;
}

export function elementProp(element: ModdleElement, name: string): ModdleElement | undefined {
  const value = element.get(name);
  return isModdleElement(value) ? value : undefined;
}

export function elementsProp(element: ModdleElement, name: string): ModdleElement[] {
  const value = element.get(name);
  return Array.isArray(value) ? value.filter(isModdleElement) : [];
}

export function idOf(element: ModdleElement | undefined): string | undefined {
  return element ? stringProp(element, 'id') : undefined;
}

/** The element's own id, else the nearest ancestor's: the thing an admin can click on. */
export function nearestId(element: ModdleElement | undefined): string | undefined {
  for (let current = element; current; current = current.$parent) {
    const id = idOf(current);
    if (id) return id;
  }
  return undefined;
}

/**
 * Id of the flow element (task, event, flow…) or process an inner element belongs to: a
 * finding about a condition or a listener is shown on the thing drawn in the diagram.
 */
export function owningElementId(element: ModdleElement): string | undefined {
  for (let current: ModdleElement | undefined = element; current; current = current.$parent) {
    if (current.$instanceOf('bpmn:FlowElement') || current.$instanceOf('bpmn:Process')) return idOf(current);
  }
  return nearestId(element);
}

/** `name "x"` or the id, for messages. */
export function labelOf(element: ModdleElement): string {
  // Names drawn on two lines carry a line break; a message wants one line.
  const name = stringProp(element, 'name')?.replace(/\s+/g, ' ').trim();
  const id = idOf(element) ?? element.$type;
  return name ? `"${name}" (${id})` : id;
}
