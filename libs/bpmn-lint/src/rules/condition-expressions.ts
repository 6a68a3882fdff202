import { ISSUE_CODES } from '../issue-codes';
import { labelOf, elementProp, idOf, stringProp } from '../moddle/moddle-element';
import { isSequenceFlow } from '../model/process-scope';
import { isExpression, isScriptLanguage } from './expression-syntax';
import type { RuleContext } from './rule-context';

/** Conditions the engine would evaluate wrongly: empty, or plain text that is always true. */
export function checkConditionExpressions({ scope, sink }: RuleContext): void {
  for (const flow of scope.flowElements.filter(isSequenceFlow)) {
    const condition = elementProp(flow, 'conditionExpression');
    if (!condition) continue;
    const language = stringProp(condition, 'language');
    // A script condition is reported by checkScriptsAndExtensions.
    if (isScriptLanguage(language)) continue;
    const elementId = idOf(flow);
    const at = elementId ? { elementId } : {};
    const body = stringProp(condition, 'body')?.trim() ?? '';
    const source = elementProp(flow, 'sourceRef');

    if (source && elementProp(source, 'default') === flow) {
      sink.warning({
        code: ISSUE_CODES.conditionIgnored,
        ...at,
        message: `Luồng mặc định ${labelOf(flow)} không cần điều kiện; điều kiện sẽ bị bỏ qua`,
      });
    } else if (body === '') {
      sink.error({ code: ISSUE_CODES.conditionEmpty, ...at, message: `Điều kiện của luồng ${labelOf(flow)} đang trống` });
    } else if (language === undefined && !isExpression(body)) {
      // With language="feel" or "juel" the whole body is the expression; without, only ${...} or =...
      sink.error({
        code: ISSUE_CODES.conditionNotExpression,
        ...at,
        message: `Điều kiện "${body}" của luồng ${labelOf(flow)} phải là biểu thức \${...} hoặc =...; viết như văn bản thường nó luôn đúng`,
      });
    }
  }
}
