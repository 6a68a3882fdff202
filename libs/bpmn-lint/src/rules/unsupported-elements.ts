import { ISSUE_CODES } from '../issue-codes';
import { booleanProp, labelOf, elementProp, idOf, type ModdleElement } from '../moddle/moddle-element';
import { IGNORED_ELEMENTS, SUPPORTED_ELEMENTS, SUPPORTED_LOOP_CHARACTERISTICS } from '../supported-elements';
import { eventKinds } from './event-kind';
import type { RuleContext } from './rule-context';

const SERVICE_REASON = 'máy chủ không gọi dịch vụ hay gửi thông điệp từ mô hình';
const GATEWAY_REASON = 'chỉ hỗ trợ cổng loại trừ (XOR) và cổng song song (AND)';

/** Why each common type is refused, in words an admin can act on. */
const REASONS: Readonly<Record<string, string>> = {
  'bpmn:Task': 'tác vụ chưa chọn loại sẽ bị bỏ qua khi chạy; hãy đổi thành userTask',
  'bpmn:ManualTask': 'tác vụ thủ công không giao được cho ai; hãy dùng userTask',
  'bpmn:ServiceTask': SERVICE_REASON,
  'bpmn:SendTask': SERVICE_REASON,
  'bpmn:ReceiveTask': 'không hỗ trợ chờ thông điệp',
  'bpmn:BusinessRuleTask': 'không hỗ trợ bảng quyết định (DMN)',
  'bpmn:CallActivity': 'không hỗ trợ gọi quy trình khác; hãy dùng quy trình con nhúng',
  'bpmn:InclusiveGateway': GATEWAY_REASON,
  'bpmn:ComplexGateway': GATEWAY_REASON,
  'bpmn:EventBasedGateway': GATEWAY_REASON,
  'bpmn:IntermediateThrowEvent': 'không hỗ trợ sự kiện phát (throw)',
  'bpmn:Transaction': 'không hỗ trợ giao dịch (transaction)',
  'bpmn:AdHocSubProcess': 'không hỗ trợ quy trình con ad-hoc',
};

const SUPPORTED_BY_TYPE = new Map(SUPPORTED_ELEMENTS.map((entry) => [entry.type, entry]));

/**
 * Stage 4: a whitelist, not a blacklist. Anything the runtime was not built and tested
 * for is refused with its id, so an admin learns at deploy time, not when a dossier stalls.
 * Script tasks get their own code: they are a security matter (node:vm is no sandbox),
 * not a missing feature.
 */
export function checkUnsupportedElements({ scope, sink }: RuleContext): void {
  for (const element of scope.flowElements) {
    const elementId = idOf(element);
    const at = elementId ? { elementId } : {};
    if (element.$type === 'bpmn:ScriptTask') {
      sink.error({
        code: ISSUE_CODES.scriptForbidden,
        ...at,
        message: `Tác vụ kịch bản ${labelOf(element)} bị cấm: máy chủ không chạy mã (JavaScript) từ mô hình`,
      });
      continue;
    }
    if (IGNORED_ELEMENTS.includes(element.$type)) {
      sink.warning({
        code: ISSUE_CODES.elementIgnored,
        ...at,
        message: `${element.$type} ${labelOf(element)} chỉ để minh hoạ: không mang dữ liệu khi chạy`,
      });
      continue;
    }
    const reason = unsupportedReason(element);
    if (reason) {
      sink.error({
        code: ISSUE_CODES.elementUnsupported,
        ...at,
        message: `${element.$type} ${labelOf(element)} không được hỗ trợ: ${reason}`,
      });
    }
  }
}

function unsupportedReason(element: ModdleElement): string | undefined {
  const supported = SUPPORTED_BY_TYPE.get(element.$type);
  if (!supported) return REASONS[element.$type] ?? 'không có trong danh sách phần tử được hỗ trợ';

  if (supported.eventKinds) {
    const kinds = eventKinds(element);
    if (kinds.length > 1) return 'một sự kiện chỉ được có một định nghĩa sự kiện';
    const [kind] = kinds;
    if (!(supported.eventKinds as readonly string[]).includes(kind)) {
      return `không hỗ trợ sự kiện loại "${kind}" ở đây (chỉ: ${supported.eventKinds.join(', ')})`;
    }
  }
  if (element.$type === 'bpmn:SubProcess' && booleanProp(element, 'triggeredByEvent') === true) {
    return 'không hỗ trợ quy trình con sự kiện (event subprocess)';
  }
  const loop = elementProp(element, 'loopCharacteristics');
  if (loop && !SUPPORTED_LOOP_CHARACTERISTICS.includes(loop.$type)) {
    return `không hỗ trợ vòng lặp ${loop.$type}; chỉ hỗ trợ đa thể hiện (multi-instance)`;
  }
  return undefined;
}
