// bpmn-moddle 9 and bpmnlint ship no type declarations: the few members the tests use.

declare module 'bpmn-moddle' {
  /** A parsed BPMN element: typed properties plus `$attrs` for foreign attributes (`vd:*`). */
  interface ModdleElement {
    $type: string;
    $attrs: Record<string, string>;
    id?: string;
    name?: string;
    [property: string]: unknown;
  }

  interface ParseResult {
    rootElement: ModdleElement;
    warnings: { message: string }[];
  }

  class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(xml: string): Promise<ParseResult>;
  }

  namespace BpmnModdle {
    export type Element = ModdleElement;
  }

  export = BpmnModdle;
}

declare module 'bpmnlint' {
  import type BpmnModdle from 'bpmn-moddle';

  interface Report {
    id: string;
    message: string;
    category: string;
  }

  export class Linter {
    constructor(options: { config: Record<string, unknown>; resolver: unknown });
    lint(definitions: BpmnModdle.Element): Promise<Record<string, Report[]>>;
  }
}

declare module 'bpmnlint/lib/resolver/node-resolver' {
  class NodeResolver {
    constructor();
  }
  export = NodeResolver;
}
