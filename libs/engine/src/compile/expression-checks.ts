import type { DefinitionIssue } from '../errors';
import { classifyExpression } from '../expressions/expression-forms';
import { feelSyntaxProblem } from '../expressions/feel-evaluator';
import { juelToFeel } from '../expressions/juel-to-feel';
import type { ModdleElement } from '../moddle/moddle-types';
import { scheduleTimer, TIMER_TYPES } from '../timers/timer-schedule';
import { bodyOf, eventDefinitionsOf, isModdleElement, stringOf } from './model-elements';

const FEEL_LANGUAGES = /^(feel|juel)$/i;

/**
 * Checks a sequence flow's condition at deploy time, so that a typo fails the deployment
 * rather than routing an instance wrongly: without a language (or in FEEL/JUEL) it must be
 * one expression that parses as FEEL. Conditions in other languages are scripts: they
 * compile, and the runtime refuses them when reached.
 */
export function checkCondition(flow: ModdleElement, issues: DefinitionIssue[]): void {
  const expression = flow.conditionExpression;
  if (!isModdleElement(expression)) return;
  const body = bodyOf(expression) ?? '';
  const language = stringOf(expression.language);
  const elementId = flow.id;

  if (language && !FEEL_LANGUAGES.test(language)) return;

  const form = classifyExpression(body);
  let feel: string;
  if (form.kind === 'whole') feel = form.part.feel;
  else if (form.kind === 'literal' && language) feel = juelToFeel(body, { convertSingleQuotes: /^juel$/i.test(language) });
  else {
    issues.push({ elementId, reason: 'a condition must be one expression, written ${...} or =...' });
    return;
  }
  const problem = feelSyntaxProblem(feel);
  if (problem) issues.push({ elementId, reason: `condition ${JSON.stringify(body.trim())}: ${problem}` });
}

/** Checks every timer of an event: it has a value, and a literal value is valid ISO 8601. */
export function checkTimers(event: ModdleElement, issues: DefinitionIssue[]): void {
  for (const timer of eventDefinitionsOf(event, 'bpmn:TimerEventDefinition')) {
    const values = TIMER_TYPES.map((timerType) => [timerType, bodyOf(timer[timerType])] as const).filter(([, value]) => value?.trim());
    if (!values.length) {
      issues.push({ elementId: event.id, reason: 'timer has no timeDuration, timeDate or timeCycle' });
      continue;
    }
    for (const [timerType, value = ''] of values) {
      const form = classifyExpression(value);
      if (form.kind === 'literal') {
        try {
          scheduleTimer(timerType, value.trim(), new Date(0));
        } catch (error) {
          issues.push({ elementId: event.id, reason: `${timerType} ${JSON.stringify(value)}: ${String(error)}` });
        }
      } else if (form.kind === 'whole') {
        const problem = feelSyntaxProblem(form.part.feel);
        if (problem) issues.push({ elementId: event.id, reason: `${timerType} ${JSON.stringify(value)}: ${problem}` });
      }
    }
  }
}
