import type { ScriptCallback, ScriptLike, ScriptOwner, ScriptScope, ScriptsHandler } from '../bpmn/engine-types';
import { ScriptNotAllowedError } from '../errors';
import { classifyExpression } from '../expressions/expression-forms';
import { evaluateFeel } from '../expressions/feel-evaluator';
import { buildFeelContext, resolveExpression } from '../expressions/feel-expressions';
import { juelToFeel } from '../expressions/juel-to-feel';
import type { StepIncidents } from '../runtime/step-incidents';

const FEEL_LANGUAGES = /^(feel|juel)$/i;

/**
 * Replaces bpmn-engine's `scripts` option, whose JavaScript runs through `node:vm` — not a
 * sandbox — with a handler that never compiles or runs model code:
 * - a condition without a language goes to the FEEL expression handler (no script);
 * - a condition in `feel` or `juel` is evaluated as FEEL;
 * - anything else (script tasks, `javascript` conditions…) is refused with
 *   `ScriptNotAllowedError`, recorded so that the step fails even if a boundary catches it.
 */
export function createRefusingScripts(incidents: StepIncidents): ScriptsHandler {
  return {
    register: () => undefined,
    getScript(language, owner) {
      if (owner.type === 'bpmn:SequenceFlow') {
        if (!language) return undefined;
        if (FEEL_LANGUAGES.test(language)) return new FeelConditionScript(owner, language, incidents);
      }
      return new RefusedScript(owner.id, language, incidents);
    },
  };
}

class RefusedScript implements ScriptLike {
  constructor(
    private readonly elementId: string,
    private readonly language: string | undefined,
    private readonly incidents: StepIncidents,
  ) {}

  execute(_scope: ScriptScope, callback: ScriptCallback): void {
    const error = new ScriptNotAllowedError(this.elementId, this.language);
    this.incidents.record(error);
    callback(error);
  }
}

/** A condition declared `language="feel"` (or `juel`): its body is FEEL even without `${}`. */
class FeelConditionScript implements ScriptLike {
  constructor(
    private readonly owner: ScriptOwner,
    private readonly language: string,
    private readonly incidents: StepIncidents,
  ) {}

  execute(scope: ScriptScope, callback: ScriptCallback): void {
    const body = this.owner.behaviour?.conditionExpression?.body ?? '';
    let result: unknown;
    try {
      if (classifyExpression(body).kind === 'literal') {
        const feel = juelToFeel(body, { convertSingleQuotes: /^juel$/i.test(this.language) });
        result = evaluateFeel({ feel, source: body }, buildFeelContext(scope));
      } else {
        result = resolveExpression(body, scope);
      }
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      this.incidents.record(failure);
      return callback(failure);
    }
    callback(null, result);
  }
}
