import { evaluate, FeelDate, FeelDateTime, FeelDuration, FeelTime, parseExpression } from 'feelin';
import { ExpressionError } from '../errors';
import type { FeelPart } from './expression-forms';

const syntaxCache = new Map<string, string | undefined>();
const SYNTAX_CACHE_LIMIT = 2000;

/**
 * Describes the first syntax error of a FEEL expression, or returns undefined when it parses.
 * feelin's evaluator recovers from some syntax errors silently (`a ==== b` is false), so the
 * parse tree is checked for error nodes before anything is evaluated.
 */
export function feelSyntaxProblem(feel: string): string | undefined {
  if (syntaxCache.has(feel)) return syntaxCache.get(feel);
  const problem = findSyntaxProblem(feel);
  if (syntaxCache.size >= SYNTAX_CACHE_LIMIT) syntaxCache.clear();
  syntaxCache.set(feel, problem);
  return problem;
}

function findSyntaxProblem(feel: string): string | undefined {
  if (!feel.trim()) return 'empty expression';
  let errorAt: number | undefined;
  try {
    parseExpression(feel, {}, undefined).iterate({
      enter: (node) => {
        if (errorAt === undefined && node.type.isError) errorAt = node.from;
      },
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return errorAt === undefined ? undefined : `syntax error at position ${errorAt} of ${JSON.stringify(feel)}`;
}

/** Evaluates one FEEL expression against a plain context; never runs JavaScript from the model. */
export function evaluateFeel(part: FeelPart, context: Record<string, unknown>): unknown {
  const problem = feelSyntaxProblem(part.feel);
  if (problem) throw new ExpressionError(part.source, problem);
  try {
    return fromFeelValue(evaluate(part.feel, context).value);
  } catch (error) {
    throw new ExpressionError(part.source, error instanceof Error ? error.message : String(error), { cause: error });
  }
}

/** FEEL temporal values become their ISO 8601 text, which timers and due dates expect. */
function fromFeelValue(value: unknown): unknown {
  if (value instanceof FeelDateTime || value instanceof FeelDate || value instanceof FeelTime || value instanceof FeelDuration) {
    return String(value);
  }
  return value;
}
