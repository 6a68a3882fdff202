/**
 * Failures our handlers raise during one step (a refused script, a broken expression, an
 * unsupported element). bpmn-elements wraps such errors, and an error boundary event may
 * even catch them, so they are recorded here and the step throws the first one, whatever
 * the engine made of it: a refused script must never look like a routed process.
 */
export class StepIncidents {
  private firstError: Error | undefined;

  record(error: Error): void {
    this.firstError ??= error;
  }

  get error(): Error | undefined {
    return this.firstError;
  }

  /** A warm session starts its next step with a clean record. */
  clear(): void {
    this.firstError = undefined;
  }
}
