import type { EnvironmentLike, Extension } from '../bpmn/engine-types';

/** What the runtime signals a user task with; it becomes the task's output. */
export interface CompletionSignal {
  outcome: string;
  data: Record<string, unknown>;
  comment: string | null;
  actor: string | null;
}

/**
 * Engine extension that copies a user task's completion into the variables (`outcome`,
 * `data`, `tasks[<elementId>]`) at `activity.execution.completed` — after the signal, before
 * the task leaves and before any outgoing flow or following gateway evaluates a condition.
 * A sub-process runs on its own copy of the variables, so a task inside one writes both
 * there (for the sub-process's own gateways) and into the process variables.
 */
export function createTaskCompletionExtension(processEnvironment: () => EnvironmentLike | undefined): Extension {
  return (activity) => {
    if (activity.type !== 'bpmn:UserTask') return undefined;
    const consumerTag = `_vd-completion-${activity.id}`;
    return {
      activate() {
        activity.broker.cancel(consumerTag);
        activity.broker.subscribeTmp(
          'event',
          'activity.execution.completed',
          (_routingKey, message) => {
            const output = message.content.output;
            if (!isCompletionSignal(output)) return;
            const scopes = new Set([activity.environment, processEnvironment() ?? activity.environment]);
            for (const environment of scopes) recordCompletion(environment, activity.id, output);
          },
          { noAck: true, consumerTag },
        );
      },
      deactivate() {
        activity.broker.cancel(consumerTag);
      },
    };
  };
}

function recordCompletion(environment: EnvironmentLike, elementId: string, completion: CompletionSignal): void {
  const { outcome, data, comment, actor } = completion;
  const tasks = isRecord(environment.variables.tasks) ? environment.variables.tasks : {};
  environment.assignVariables({
    outcome,
    data,
    tasks: { ...tasks, [elementId]: { outcome, data, comment, actor } },
  });
}

function isCompletionSignal(value: unknown): value is CompletionSignal {
  return isRecord(value) && typeof value.outcome === 'string' && isRecord(value.data);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
