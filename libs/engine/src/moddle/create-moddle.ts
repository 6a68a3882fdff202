import BpmnModdle from 'bpmn-moddle';
import camundaDescriptor from 'camunda-bpmn-moddle/resources/camunda.json';
import type { ModdleInstance } from './moddle-types';
import { vdModdleDescriptor } from './vd-descriptor';

/**
 * A bpmn-moddle instance that reads `camunda:` and `vd:` attributes. The runtime parses
 * with it, and so do the house lint rules, so both see the same model.
 * Moddle rewrites the descriptors it is given (it prefixes property names), so each
 * instance gets its own copies and the exported descriptor stays as declared.
 */
export function createModdle(): ModdleInstance {
  const moddle: unknown = new BpmnModdle({
    camunda: structuredClone(camundaDescriptor),
    vd: structuredClone(vdModdleDescriptor),
  });
  return moddle as ModdleInstance;
}
