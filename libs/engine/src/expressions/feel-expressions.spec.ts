import { ExpressionError } from '../errors';
import { StepIncidents } from '../runtime/step-incidents';
import { createFeelExpressions, resolveExpression } from './feel-expressions';

/** What bpmn-elements passes: `{ environment, ...message }`. */
function scope(variables: Record<string, unknown>, content: Record<string, unknown> = {}) {
  return { environment: { variables, output: { total: 7 }, settings: {}, services: {} }, content, fields: {}, properties: {} };
}

describe('FEEL expressions', () => {
  it('evaluates a whole ${...} expression to its value, not a string', () => {
    expect(resolveExpression('${votes * 100 >= threshold * members}', scope({ votes: 9, threshold: 90, members: 10 }))).toBe(true);
    expect(resolveExpression('  ${count + 1}\n ', scope({ count: 1 }))).toBe(2);
  });

  it('evaluates Camunda 8 style =expressions', () => {
    expect(resolveExpression('=outcome = "approve"', scope({ outcome: 'approve' }))).toBe(true);
    expect(resolveExpression('=if x > 1 then "big" else "small"', scope({ x: 5 }))).toBe('big');
  });

  it('accepts JUEL operators', () => {
    expect(resolveExpression('${outcome == "approve" && !withdrawn}', scope({ outcome: 'approve', withdrawn: false }))).toBe(true);
    expect(resolveExpression("${outcome == 'approve' || urgent}", scope({ outcome: 'reject', urgent: false }))).toBe(false);
  });

  it('keeps the classic environment paths and the message content', () => {
    expect(resolveExpression('${environment.variables.level}', scope({ level: 'province' }))).toBe('province');
    expect(resolveExpression('${environment.output.total}', scope({}))).toBe(7);
    expect(resolveExpression('${content.id}', scope({}, { id: 'review' }))).toBe('review');
  });

  it('interpolates placeholders inside text', () => {
    expect(resolveExpression('Hồ sơ ${dossier.code} (${count} đề nghị)', scope({ dossier: { code: 'X-1' }, count: 3 }))).toBe('Hồ sơ X-1 (3 đề nghị)');
    expect(resolveExpression('to ${missing}!', scope({}))).toBe('to !');
  });

  it('returns literals and non-strings unchanged', () => {
    expect(resolveExpression('P30D', scope({}))).toBe('P30D');
    expect(resolveExpression(42, scope({}))).toBe(42);
  });

  it('treats a missing variable as null', () => {
    expect(resolveExpression('${outcome = "approve"}', scope({}))).toBe(false);
    expect(resolveExpression('${a.b.c}', scope({}))).toBeNull();
  });

  it('returns FEEL dates and durations as ISO 8601 text', () => {
    expect(resolveExpression('${date and time("2025-03-03T01:00:00Z") + duration("P10D")}', scope({}))).toBe('2025-03-13T01:00:00Z');
  });

  it('throws a typed error on a syntax error, and records it for the step', () => {
    const incidents = new StepIncidents();
    const expressions = createFeelExpressions(incidents);

    expect(() => expressions.resolveExpression('${a > }', scope({ a: 1 }))).toThrow(ExpressionError);
    expect(() => resolveExpression('${(a + 1}', scope({ a: 1 }))).toThrow(ExpressionError);
    expect(incidents.error).toBeInstanceOf(ExpressionError);
  });

  it('never calls into JavaScript it was not given', () => {
    const result = resolveExpression('${constructor.constructor("return process")()}', scope({}));
    expect(result).toBeNull();
  });

  it('tells expressions from literals', () => {
    const expressions = createFeelExpressions();
    expect(expressions.isExpression('${a}')).toBe(true);
    expect(expressions.isExpression('=a')).toBe(true);
    expect(expressions.isExpression('a ${b}')).toBe(false);
    expect(expressions.hasExpression('a ${b}')).toBe(true);
    expect(expressions.hasExpression('P3D')).toBe(false);
  });
});

describe('JUEL negation of a missing value', () => {
  it('is true, as in JUEL, not null as FEEL not() would give', () => {
    expect(resolveExpression('${!data.urgent}', scope({ data: {} }))).toBe(true);
    expect(resolveExpression('${!data.urgent}', scope({ data: { urgent: true } }))).toBe(false);
    expect(resolveExpression('${!(a > 1)}', scope({}))).toBe(true);
  });
});
