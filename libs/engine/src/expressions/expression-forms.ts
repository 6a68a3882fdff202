import { juelToFeel } from './juel-to-feel';
import { findTemplateSegments } from './template-scanner';

/** A FEEL expression to evaluate, with the text it came from (for error messages). */
export interface FeelPart {
  feel: string;
  source: string;
}

/**
 * How a string from the model is to be read:
 * - `literal`: no expression, used as is (`P30D`, `clerk`);
 * - `whole`: one expression spanning the whole text, its value used as is (`${a > 1}`, `=a > 1`);
 * - `template`: text with placeholders, each value interpolated as a string.
 */
export type ExpressionForm =
  | { kind: 'literal' }
  | { kind: 'whole'; part: FeelPart }
  | { kind: 'template'; pieces: Array<string | FeelPart> };

export function classifyExpression(text: string): ExpressionForm {
  const trimmed = text.trim();
  // Camunda 8 style: the whole attribute is FEEL after a leading '='.
  if (trimmed.startsWith('=')) {
    return { kind: 'whole', part: { feel: juelToFeel(trimmed.slice(1), { convertSingleQuotes: false }), source: text } };
  }

  const segments = findTemplateSegments(text);
  if (!segments.length) return { kind: 'literal' };

  const toPart = (inner: string, source: string): FeelPart => ({
    feel: juelToFeel(inner, { convertSingleQuotes: true }),
    source,
  });

  // Whitespace around a lone `${...}` (common in XML bodies) must not turn a boolean into a string.
  const [first] = segments;
  if (segments.length === 1 && text.slice(0, first.start).trim() === '' && text.slice(first.end).trim() === '') {
    return { kind: 'whole', part: toPart(first.inner, text) };
  }

  const pieces: Array<string | FeelPart> = [];
  let last = 0;
  for (const segment of segments) {
    if (segment.start > last) pieces.push(text.slice(last, segment.start));
    pieces.push(toPart(segment.inner, text.slice(segment.start, segment.end)));
    last = segment.end;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return { kind: 'template', pieces };
}

/** True when the text holds at least one expression (`${...}` or a leading `=`). */
export function hasExpression(text: unknown): boolean {
  return typeof text === 'string' && classifyExpression(text).kind !== 'literal';
}
