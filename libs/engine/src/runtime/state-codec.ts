import type { EngineState } from '../contract';

/** Keys bpmn-elements copies from the process start message into the process variables. */
export const MESSAGE_COPY_KEYS = ['fields', 'content', 'properties'] as const;

/**
 * Drops the copy of the model bpmn-engine puts in every saved state
 * (`definitions[].source`, ≈45% of it): engines are built from the definition's shared
 * source context instead, and a state that still has a source would be recovered from it
 * with bpmn-engine's own element types, not ours.
 */
export function stripState(state: EngineState): EngineState {
  const definitions = state.definitions;
  if (!Array.isArray(definitions)) return state;
  return {
    ...state,
    definitions: definitions.map((definition: unknown) => {
      if (typeof definition !== 'object' || definition === null) return definition;
      return withoutKeys(definition as Record<string, unknown>, ['source']);
    }),
  };
}

export function withoutKeys(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}
