import { bpmnlintScopeIds } from './bpmnlint/bpmnlint-scope';
import { runBpmnlint } from './bpmnlint/run-bpmnlint';
import { ISSUE_CODES } from './issue-codes';
import { IssueCollector, type LintOptions, type LintReport } from './lint-report';
import { idOf } from './moddle/moddle-element';
import { parseDefinitions } from './moddle/parse-definitions';
import { reportParseWarnings } from './moddle/parse-warnings';
import { findExecutableProcess } from './model/executable-process';
import { completeFlowReferences } from './model/flow-references';
import { collectProcessScope } from './model/process-scope';
import { checkConditionExpressions } from './rules/condition-expressions';
import { checkErrorEndEvents } from './rules/error-events';
import { checkGatewayConditions } from './rules/gateway-conditions';
import type { HouseRule } from './rules/rule-context';
import { checkScriptsAndExtensions } from './rules/scripts-and-extensions';
import { checkTimerDefinitions } from './rules/timer-definitions';
import { checkUnsupportedElements } from './rules/unsupported-elements';
import { checkUserTasks } from './rules/user-task-rules';
import { checkXmlSafety } from './xml-safety/check-xml-safety';
import { DEFAULT_MAX_BYTES } from './xml-safety/decode-document';

/** Stages 4 and 5, in the order their findings are listed. */
const HOUSE_RULES: readonly HouseRule[] = [
  checkUnsupportedElements,
  checkScriptsAndExtensions,
  checkUserTasks,
  checkGatewayConditions,
  checkConditionExpressions,
  checkTimerDefinitions,
  checkErrorEndEvents,
];

/**
 * Lints an uploaded BPMN model for deployment. Never throws: whatever the input, the
 * answer is a report, and `ok` is true only when there is no error.
 * Accepts a string or bytes (a Node Buffer is a Uint8Array).
 */
export async function lintBpmn(xml: string | Uint8Array, options: LintOptions = {}): Promise<LintReport> {
  const collector = new IssueCollector();
  try {
    return await lintInto(collector, xml, options);
  } catch (error) {
    collector.error({
      code: ISSUE_CODES.lintFailed,
      message: `Không kiểm tra được mô hình do lỗi nội bộ (${error instanceof Error ? error.message : String(error)})`,
    });
    return collector.report();
  }
}

async function lintInto(collector: IssueCollector, xml: string | Uint8Array, options: LintOptions): Promise<LintReport> {
  if (typeof xml !== 'string' && !(xml instanceof Uint8Array)) {
    collector.error({ code: ISSUE_CODES.xmlNotXml, message: 'Tệp không phải XML (not an XML document)' });
    return collector.report();
  }
  const safe = checkXmlSafety(xml, maxBytesOf(options));
  if (!safe.ok) {
    collector.error(safe.issue);
    return collector.report();
  }

  const parsed = await parseDefinitions(safe.text);
  if (!parsed.ok) {
    collector.error(parsed.issue);
    return collector.report();
  }

  const process = findExecutableProcess(parsed.definitions, collector);
  const scope = process ? collectProcessScope(process) : undefined;
  reportParseWarnings(parsed.warnings, scope?.ids, collector);
  if (!scope) return collector.report();

  completeFlowReferences(scope.flowElements);
  for (const rule of HOUSE_RULES) rule({ scope, sink: collector });
  await runBpmnlint(parsed.definitions, bpmnlintScopeIds(parsed.definitions, scope), collector);
  return collector.report(idOf(scope.process));
}

function maxBytesOf(options: LintOptions): number {
  const { maxBytes } = options;
  return maxBytes !== undefined && Number.isFinite(maxBytes) && maxBytes > 0 ? maxBytes : DEFAULT_MAX_BYTES;
}
