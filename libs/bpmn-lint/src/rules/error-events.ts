import { ISSUE_CODES } from '../issue-codes';
import { labelOf, elementProp, idOf, stringProp } from '../moddle/moddle-element';
import { eventDefinitionsOf } from './event-kind';
import type { RuleContext } from './rule-context';

/**
 * An error end event ends the dossier with an error code the api records (EndedInfo.errorCode);
 * without a bpmn:Error carrying an errorCode the outcome cannot be told apart from others.
 */
export function checkErrorEndEvents({ scope, sink }: RuleContext): void {
  for (const event of scope.flowElements.filter((element) => element.$type === 'bpmn:EndEvent')) {
    for (const definition of eventDefinitionsOf(event, 'bpmn:ErrorEventDefinition')) {
      const error = elementProp(definition, 'errorRef');
      if (error && stringProp(error, 'errorCode')?.trim()) continue;
      const elementId = idOf(event);
      sink.warning({
        code: ISSUE_CODES.errorEventMissingCode,
        ...(elementId ? { elementId } : {}),
        message: `Sự kiện kết thúc lỗi ${labelOf(event)} nên tham chiếu một bpmn:error có errorCode`,
      });
    }
  }
}
