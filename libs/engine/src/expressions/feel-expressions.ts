import type { ExpressionsHandler } from '../bpmn/engine-types';
import type { StepIncidents } from '../runtime/step-incidents';
import { classifyExpression, hasExpression } from './expression-forms';
import { evaluateFeel } from './feel-evaluator';

/**
 * Replaces bpmn-elements' expression handler (the `expressions` option of Engine): every
 * `${...}` or `=...` in the model — conditions, timer values, assignees, error codes — is
 * evaluated as FEEL by feelin, an interpreter, never by `new Function` or `node:vm`.
 * Failures are recorded in the step's incidents so the step throws the typed error.
 */
export function createFeelExpressions(incidents?: StepIncidents): ExpressionsHandler {
  return {
    resolveExpression(templated, context) {
      try {
        return resolveExpression(templated, context);
      } catch (error) {
        // bpmn-elements turns a thrown error into an ActivityError; keep the typed original.
        if (error instanceof Error) incidents?.record(error);
        throw error;
      }
    },
    isExpression: (text) => typeof text === 'string' && classifyExpression(text).kind === 'whole',
    hasExpression,
  };
}

export function resolveExpression(templated: unknown, context: unknown): unknown {
  if (typeof templated !== 'string') return templated;
  const form = classifyExpression(templated);
  if (form.kind === 'literal') return templated;

  const feelContext = buildFeelContext(context);
  if (form.kind === 'whole') return evaluateFeel(form.part, feelContext);

  return form.pieces
    .map((piece) => {
      if (typeof piece === 'string') return piece;
      const value = evaluateFeel(piece, feelContext);
      return value === undefined || value === null ? '' : String(value);
    })
    .join('');
}

/**
 * What an expression sees: every process variable by name, plus `environment`
 * (`variables`, `output`, `settings`, `services`) and the element's message `content`, so
 * that bpmn-engine's classic `${environment.variables.x}` paths keep working.
 * bpmn-elements passes `{ environment, ...message }` (see Environment.resolveExpression).
 */
export function buildFeelContext(context: unknown): Record<string, unknown> {
  if (!isRecord(context)) return {};
  const environment = isRecord(context.environment) ? context.environment : undefined;
  const variables = recordOrEmpty(environment?.variables);
  return {
    ...variables,
    environment: {
      variables,
      output: recordOrEmpty(environment?.output),
      settings: recordOrEmpty(environment?.settings),
      services: recordOrEmpty(environment?.services),
    },
    content: context.content,
  };
}

function recordOrEmpty(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
