import type { EnvironmentLike } from '../bpmn/engine-types';
import { StepIncidents } from './step-incidents';

/** Engine option key under which our element behaviours find the current step. */
export const STEP_CONTEXT_OPTION = 'vdStepContext';

/** What one step (one fresh Engine) shares with the element behaviours it runs. */
export interface StepContext {
  /** The instant the step takes as "now" for timers it arms. */
  now: Date;
  incidents: StepIncidents;
}

export function createStepContext(now: Date | undefined): StepContext {
  return { now: now ?? new Date(), incidents: new StepIncidents() };
}

/**
 * bpmn-elements keeps unknown Engine options in `environment.options` and copies them into
 * every cloned environment, so element behaviours reach the step context there.
 */
export function stepContextOf(environment: EnvironmentLike): StepContext | undefined {
  const candidate = environment.options[STEP_CONTEXT_OPTION];
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  return candidate as StepContext;
}
