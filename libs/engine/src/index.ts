export * from './contract';
export * from './errors';
export { createProcessRuntime, type ProcessRuntimeOptions } from './runtime/process-runtime';
export { createModdle } from './moddle/create-moddle';
export { vdModdleDescriptor } from './moddle/vd-descriptor';
export type {
  ModdleElement,
  ModdleInstance,
  ModdleParseResult,
  ModdlePackageDescriptor,
  ModdlePropertyDescriptor,
  ModdleTypeDescriptor,
  ModdleWarning,
} from './moddle/moddle-types';
