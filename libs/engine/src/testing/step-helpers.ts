import type { EngineState, StepResult, WaitingTask } from '../contract';

/** What the api does between requests: the state goes through JSON into a database row. */
export function throughJson(state: EngineState): EngineState {
  return JSON.parse(JSON.stringify(state)) as EngineState;
}

export function waitingTask(result: StepResult, elementId: string): WaitingTask {
  const task = result.waitingTasks.find((candidate) => candidate.elementId === elementId);
  if (!task) {
    const waiting = result.waitingTasks.map((candidate) => candidate.elementId).join(', ') || 'none';
    throw new Error(`No waiting task <${elementId}>; waiting: ${waiting}`);
  }
  return task;
}

export function waitingElementIds(result: StepResult): string[] {
  return result.waitingTasks.map((task) => task.elementId).sort();
}

export const T0 = new Date('2025-03-03T01:00:00.000Z');

export function daysAfter(start: Date, days: number): Date {
  return new Date(start.getTime() + days * 24 * 60 * 60 * 1000);
}
