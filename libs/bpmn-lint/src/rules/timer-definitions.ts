import { ISOInterval, getDate } from '@0dep/piso';
import { ISSUE_CODES } from '../issue-codes';
import { booleanProp, labelOf, elementProp, idOf, stringProp, type ModdleElement } from '../moddle/moddle-element';
import { eventDefinitionsOf } from './event-kind';
import { isExpression } from './expression-syntax';
import type { RuleContext } from './rule-context';

const TIMER_TYPES = ['timeDuration', 'timeDate', 'timeCycle'] as const;
type TimerType = (typeof TIMER_TYPES)[number];
const TIMER_HOSTS = ['bpmn:BoundaryEvent', 'bpmn:IntermediateCatchEvent'];

/**
 * Every timer needs one value the engine can read. Values are checked with @0dep/piso, the
 * ISO 8601 parser bpmn-elements itself uses, so "valid" here means "valid to the runtime":
 * a cron string or "30 ngày" fails here instead of when the timer is armed.
 */
export function checkTimerDefinitions({ scope, sink }: RuleContext): void {
  // Timers elsewhere (start events, event subprocesses) are refused by the whitelist already.
  for (const event of scope.flowElements.filter((element) => TIMER_HOSTS.includes(element.$type))) {
    for (const timer of eventDefinitionsOf(event, 'bpmn:TimerEventDefinition')) {
      checkTimer(event, timer, sink);
    }
  }
}

function checkTimer(event: ModdleElement, timer: ModdleElement, sink: RuleContext['sink']): void {
  const elementId = idOf(event);
  const at = elementId ? { elementId } : {};
  const values = TIMER_TYPES.flatMap((type) => {
    const expression = elementProp(timer, type);
    return expression ? [{ type, value: stringProp(expression, 'body')?.trim() ?? '' }] : [];
  });

  if (values.length === 0 || values.every(({ value }) => value === '')) {
    sink.error({
      code: ISSUE_CODES.timerMissing,
      ...at,
      message: `Hẹn giờ ${labelOf(event)} chưa có thời hạn (timeDuration, timeDate hoặc timeCycle)`,
    });
    return;
  }
  if (values.length > 1) {
    sink.error({
      code: ISSUE_CODES.timerInvalid,
      ...at,
      message: `Hẹn giờ ${labelOf(event)} chỉ được đặt một trong timeDuration, timeDate, timeCycle`,
    });
    return;
  }
  const [{ type, value }] = values;
  const problem = value === '' ? 'giá trị trống' : invalidValue(type, value);
  if (problem) {
    sink.error({
      code: ISSUE_CODES.timerInvalid,
      ...at,
      message: `Hẹn giờ ${labelOf(event)}: ${type} "${value}" không hợp lệ (${problem}); dùng ISO 8601, ví dụ P10D, hoặc biểu thức \${...}`,
    });
    return;
  }
  const repeats = event.$type === 'bpmn:BoundaryEvent' && booleanProp(event, 'cancelActivity') === false;
  if (type === 'timeCycle' && !repeats) {
    sink.warning({
      code: ISSUE_CODES.timerCycleNotRepeating,
      ...at,
      message: `Hẹn giờ lặp ${labelOf(event)} chỉ chạy một lần: chu kỳ chỉ lặp lại trên sự kiện biên không ngắt (cancelActivity="false")`,
    });
  }
}

/** Why the runtime could not read the value, or undefined when it can. */
function invalidValue(type: TimerType, value: string): string | undefined {
  if (isExpression(value)) return undefined;
  try {
    if (type === 'timeDate') {
      return Number.isNaN(getDate(value).getTime()) ? 'không phải ngày giờ' : undefined;
    }
    const now = new Date();
    const expireAt = new ISOInterval(value).parse().getExpireAt(now, now);
    return Number.isNaN(expireAt.getTime()) ? 'không tính được thời điểm hết hạn' : undefined;
  } catch (error) {
    return error instanceof Error ? error.message : 'không đọc được';
  }
}
