// bpmn-moddle 9 ships no type declarations. This is the one constructor we use; the
// instance is narrowed through `ModdleInstance` (moddle/moddle-types.ts), so that no
// declaration from this file leaks into the public .d.ts of the library.
declare module 'bpmn-moddle' {
  class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
  }
  export = BpmnModdle;
}
