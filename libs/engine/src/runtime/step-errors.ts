import { EngineError, ProcessExecutionError } from '../errors';

/**
 * bpmn-elements wraps errors (ActivityError.inner, RunError.source…); dig out one of ours
 * when there is one, so callers get a typed error, else wrap the engine's.
 */
export function toStepError(error: unknown): Error {
  let current: unknown = error;
  for (let depth = 0; depth < 10 && typeof current === 'object' && current !== null; depth++) {
    if (current instanceof EngineError) return current;
    const { inner, cause } = current as { inner?: unknown; cause?: unknown };
    current = inner ?? cause;
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ProcessExecutionError(`The process failed: ${message}`, { cause: error });
}
