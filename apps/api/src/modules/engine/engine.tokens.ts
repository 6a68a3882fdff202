/** Injection token of the `ProcessRuntime` from libs/engine (an adapter, swappable in tests). */
export const PROCESS_RUNTIME = Symbol('PROCESS_RUNTIME');
