import BpmnModdle, { type BpmnModdleInstance } from 'bpmn-moddle';
import camundaDescriptor from 'camunda-bpmn-moddle/resources/camunda.json';
import { lintVdDescriptor } from './vd-descriptor';

/**
 * bpmn-moddle 9 with the camunda and vd extensions, as libs/engine's createModdle() builds
 * it (see vd-descriptor.ts for the one difference). A fresh instance per lint, so that one
 * upload can never influence how the next is read.
 */
export function createLintModdle(): BpmnModdleInstance {
  return BpmnModdle({ camunda: camundaDescriptor, vd: lintVdDescriptor });
}
