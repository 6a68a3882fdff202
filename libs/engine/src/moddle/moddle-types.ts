/** The parts of a bpmn-moddle instance and its elements that this library and its users touch. */

export interface ModdleElement {
  $type: string;
  $parent?: ModdleElement;
  id?: string;
  name?: string;
  get(name: string): unknown;
  [property: string]: unknown;
}

export interface ModdleWarning {
  message: string;
  element?: ModdleElement;
  property?: string;
  error?: Error;
}

export interface ModdleParseResult {
  rootElement: ModdleElement;
  elementsById: Record<string, ModdleElement>;
  references: unknown[];
  warnings: ModdleWarning[];
}

export interface ModdleInstance {
  fromXML(xml: string, typeName?: string, options?: Record<string, unknown>): Promise<ModdleParseResult>;
  toXML(element: ModdleElement, options?: Record<string, unknown>): Promise<{ xml: string }>;
  create(type: string, attrs?: Record<string, unknown>): ModdleElement;
}

/** A moddle package descriptor (the JSON format bpmn-moddle and camunda-bpmn-moddle use). */
export interface ModdlePackageDescriptor {
  name: string;
  uri: string;
  prefix: string;
  xml?: { tagAlias?: string };
  associations: unknown[];
  enumerations?: unknown[];
  types: ModdleTypeDescriptor[];
}

export interface ModdleTypeDescriptor {
  name: string;
  isAbstract?: boolean;
  extends?: string[];
  superClass?: string[];
  properties: ModdlePropertyDescriptor[];
}

export interface ModdlePropertyDescriptor {
  name: string;
  type: string;
  isAttr?: boolean;
  isMany?: boolean;
  default?: unknown;
}
