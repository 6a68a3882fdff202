/**
 * Every code a lint report can carry. Codes are stable: the api returns them in 422
 * responses and the docs list them, so add new ones, never rename or reuse old ones.
 * Codes from bpmnlint are `bpmnlint.<rule name>` (see BPMNLINT_RULES).
 */
export const ISSUE_CODES = {
  // Stage 1: the bytes, before any XML parser sees them.
  xmlTooLarge: 'xml.too-large',
  xmlEmpty: 'xml.empty',
  xmlNotUtf8: 'xml.not-utf8',
  xmlInvalidCharacter: 'xml.invalid-character',
  xmlNotXml: 'xml.not-xml',
  xmlDoctypeForbidden: 'xml.doctype-forbidden',
  xmlProcessingInstructionForbidden: 'xml.processing-instruction-forbidden',
  xmlMalformed: 'xml.malformed',
  // Stage 2: reading the document as BPMN.
  bpmnNotDefinitions: 'bpmn.not-definitions',
  bpmnParseWarning: 'bpmn.parse-warning',
  bpmnUnknownAttribute: 'bpmn.unknown-attribute',
  bpmnUnresolvedReference: 'bpmn.unresolved-reference',
  // Stage 3: which process runs.
  bpmnNoExecutableProcess: 'bpmn.no-executable-process',
  bpmnMultipleExecutableProcesses: 'bpmn.multiple-executable-processes',
  // Stage 4: what the runtime can run, and what it must never run.
  elementUnsupported: 'element.unsupported',
  elementIgnored: 'element.ignored',
  scriptForbidden: 'script.forbidden',
  extensionIgnored: 'extension.ignored',
  // Stage 5: house rules.
  userTaskMissingCandidateGroups: 'userTask.missing-candidate-groups',
  userTaskInvalidCandidateGroup: 'userTask.invalid-candidate-group',
  userTaskMultipleCandidateGroups: 'userTask.multiple-candidate-groups',
  userTaskMissingLevel: 'userTask.missing-level',
  userTaskInvalidLevel: 'userTask.invalid-level',
  userTaskMissingOutcomes: 'userTask.missing-outcomes',
  userTaskInvalidOutcomes: 'userTask.invalid-outcomes',
  userTaskMissingLimit: 'userTask.missing-limit',
  userTaskInvalidLimit: 'userTask.invalid-limit',
  userTaskMissingLegalBasis: 'userTask.missing-legal-basis',
  userTaskUnknownFormKey: 'userTask.unknown-form-key',
  gatewayMissingCondition: 'gateway.missing-condition',
  gatewayNoDefault: 'gateway.no-default',
  conditionEmpty: 'condition.empty',
  conditionNotExpression: 'condition.not-expression',
  conditionIgnored: 'condition.ignored',
  timerMissing: 'timer.missing',
  timerInvalid: 'timer.invalid',
  timerCycleNotRepeating: 'timer.cycle-not-repeating',
  errorEventMissingCode: 'errorEvent.missing-code',
  // Stage 6: a bpmnlint rule that threw (the model is odd enough to break it).
  bpmnlintRuleFailed: 'bpmnlint.rule-failed',
  // The lint itself failed on this input (a bug): the model is refused, never let through.
  lintFailed: 'lint.failed',
} as const;

export type HouseIssueCode = (typeof ISSUE_CODES)[keyof typeof ISSUE_CODES];
/** A house code, or `bpmnlint.<rule>`. */
export type IssueCode = HouseIssueCode | `bpmnlint.${string}`;
