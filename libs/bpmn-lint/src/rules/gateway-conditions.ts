import { ISSUE_CODES } from '../issue-codes';
import { labelOf, elementProp, idOf } from '../moddle/moddle-element';
import { outgoingFlows } from '../model/process-scope';
import type { RuleContext } from './rule-context';

/**
 * An exclusive gateway that forks must say which way each path goes: a flow without a
 * condition that is not the default is taken or skipped depending on engine internals.
 */
export function checkGatewayConditions({ scope, sink }: RuleContext): void {
  for (const gateway of scope.flowElements.filter((element) => element.$type === 'bpmn:ExclusiveGateway')) {
    const outgoing = outgoingFlows(scope, gateway);
    if (outgoing.length < 2) continue;
    const defaultFlow = elementProp(gateway, 'default');
    for (const flow of outgoing) {
      if (flow === defaultFlow || elementProp(flow, 'conditionExpression')) continue;
      const elementId = idOf(flow);
      sink.error({
        code: ISSUE_CODES.gatewayMissingCondition,
        ...(elementId ? { elementId } : {}),
        message: `Luồng ${labelOf(flow)} ra từ cổng ${labelOf(gateway)} cần điều kiện (hoặc là luồng mặc định)`,
      });
    }
    if (!defaultFlow) {
      const elementId = idOf(gateway);
      sink.warning({
        code: ISSUE_CODES.gatewayNoDefault,
        ...(elementId ? { elementId } : {}),
        message: `Cổng ${labelOf(gateway)} không có luồng mặc định: nếu không điều kiện nào đúng, hồ sơ sẽ dừng do lỗi`,
      });
    }
  }
}
