import type { ElementApi } from '../bpmn/engine-types';
import type { UserTaskSpec, WaitingTask } from '../contract';
import type { DefinitionInternals } from '../compile/definition-internals';
import { resolveExpression } from '../expressions/feel-expressions';

/** A waiting user task as callers see it: its static spec plus this activation's data. */
export function toWaitingTask(api: ElementApi, internals: DefinitionInternals): WaitingTask {
  const spec: UserTaskSpec = internals.userTasks.get(api.id) ?? {
    elementId: api.id,
    name: api.name ?? api.id,
    candidateGroups: [],
    outcomes: [],
  };
  const task: WaitingTask = { ...spec, executionId: api.executionId };
  const resolvedAssignee = resolveLeniently(spec.assignee, api);
  if (resolvedAssignee) task.resolvedAssignee = resolvedAssignee;
  const resolvedDueDate = resolveLeniently(spec.dueDate, api);
  if (resolvedDueDate) task.resolvedDueDate = resolvedDueDate;
  return task;
}

/**
 * Resolves an attribute against the task's scope. A failing expression leaves the value
 * unresolved rather than failing the step: the routing already happened, and the model's
 * text is still reported.
 */
function resolveLeniently(expression: string | undefined, api: ElementApi): string | undefined {
  if (!expression) return undefined;
  let value: unknown;
  try {
    value = resolveExpression(expression, { environment: api.environment, content: api.content });
  } catch {
    return undefined;
  }
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
