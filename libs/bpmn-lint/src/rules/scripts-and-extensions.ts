import { ISSUE_CODES } from '../issue-codes';
import { owningElementId, stringProp, type ModdleElement } from '../moddle/moddle-element';
import { traverse } from '../model/traverse';
import { isScriptLanguage } from './expression-syntax';
import type { RuleContext } from './rule-context';

/** Camunda extensions our runtime never executes; drawn in, they would silently do nothing. */
const IGNORED_EXTENSIONS: Readonly<Record<string, string>> = {
  'camunda:ExecutionListener': 'execution listener',
  'camunda:TaskListener': 'task listener',
  'camunda:Connector': 'connector',
  'camunda:InputOutput': 'input/output mapping',
  'camunda:FormData': 'biểu mẫu sinh tự động; hãy dùng camunda:formKey',
};

/**
 * Owners of expressions the engine evaluates as conditions. bpmn-engine hands such an
 * expression to its script handler when it names a `language`; bpmn-engine's own handler
 * runs JavaScript through node:vm, which is no sandbox, and ours refuses at run time, which
 * is too late. FEEL and JUEL are the exception: libs/engine evaluates them safely.
 * (A timer's language is ignored by the engine; the timer rule checks its value instead.)
 */
const CONDITION_OWNERS = [
  'bpmn:SequenceFlow',
  'bpmn:MultiInstanceLoopCharacteristics',
  'bpmn:StandardLoopCharacteristics',
  'bpmn:ComplexGateway',
];

/**
 * Anything that would make the server run code from the model. Camunda scripts inside
 * listeners or mappings are refused too, although the runtime ignores them today: a model
 * must not carry code at all.
 */
export function checkScriptsAndExtensions({ scope, sink }: RuleContext): void {
  const reportedExtensions = new Set<string>();
  traverse(scope.process, (element) => {
    const elementId = owningElementId(element);
    const at = elementId ? { elementId } : {};
    if (element.$instanceOf('bpmn:FormalExpression')) {
      const language = stringProp(element, 'language');
      if (isScriptLanguage(language) && isCondition(element)) {
        sink.error({
          code: ISSUE_CODES.scriptForbidden,
          ...at,
          message: `Điều kiện viết bằng ngôn ngữ kịch bản "${language}" bị cấm; hãy bỏ language và viết biểu thức \${...}`,
        });
      }
      return;
    }
    if (element.$type === 'camunda:Script') {
      sink.error({
        code: ISSUE_CODES.scriptForbidden,
        ...at,
        message: 'Mô hình không được chứa mã kịch bản (camunda:script); máy chủ không chạy mã từ mô hình',
      });
      return;
    }
    const label = IGNORED_EXTENSIONS[element.$type];
    const key = `${elementId}|${element.$type}`;
    if (label && !reportedExtensions.has(key)) {
      reportedExtensions.add(key);
      sink.warning({
        code: ISSUE_CODES.extensionIgnored,
        ...at,
        message: `Phần mở rộng ${element.$type} (${label}) không được máy chủ thực hiện và sẽ bị bỏ qua`,
      });
    }
  });
}

function isCondition(expression: ModdleElement): boolean {
  const owner = expression.$parent;
  return owner !== undefined && CONDITION_OWNERS.includes(owner.$type);
}
