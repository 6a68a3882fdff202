import { setTimeout as delay } from 'node:timers/promises';

/** Thrown by a probe when waiting longer cannot help (the process died). */
export class FatalWaitError extends Error {}

export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Polls `probe` until it returns something other than `undefined`, or fails after the deadline
 * with the description and the last thing it saw. An error the probe throws ends the wait
 * at once only when it is fatal (see FatalWaitError); other errors count as "not yet".
 */
export async function waitFor<T>(description: string, probe: () => Promise<T | undefined>, options: WaitOptions = {}): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  const interval = options.intervalMs ?? 100;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
      last = undefined;
    } catch (error) {
      if (error instanceof FatalWaitError) throw error;
      last = error;
    }
    if (Date.now() >= deadline) {
      const seen = last instanceof Error ? `: last error ${last.message}` : '';
      throw new Error(`Timed out after ${options.timeoutMs ?? 15_000} ms waiting for ${description}${seen}`);
    }
    await delay(interval);
  }
}
