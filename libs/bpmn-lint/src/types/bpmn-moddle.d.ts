// bpmn-moddle 9 ships no type declarations. The lint reads the parsed tree through the
// narrow, checked accessors in moddle/moddle-element.ts, so only the entry point is typed.
declare module 'bpmn-moddle' {
  export interface BpmnModdleParseResult {
    rootElement: unknown;
    warnings: unknown[];
  }
  export interface BpmnModdleInstance {
    fromXML(xml: string, typeName?: string, options?: Record<string, unknown>): Promise<BpmnModdleParseResult>;
  }
  export default function BpmnModdle(
    packages?: Record<string, unknown>,
    options?: Record<string, unknown>,
  ): BpmnModdleInstance;
}
