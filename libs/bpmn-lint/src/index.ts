export { lintBpmn } from './lint-bpmn';
export type { LintIssue, LintOptions, LintReport } from './lint-report';
export { ISSUE_CODES, type HouseIssueCode, type IssueCode } from './issue-codes';
export {
  ANNOTATION_ELEMENTS,
  IGNORED_ELEMENTS,
  SUPPORTED_ELEMENTS,
  SUPPORTED_LOOP_CHARACTERISTICS,
  type EventKind,
  type SupportedElement,
} from './supported-elements';
export { BPMNLINT_RULES, type BpmnlintRuleInfo } from './bpmnlint/bpmnlint-rules';
export { TASK_ROLES, MAX_LIMIT_WORKING_DAYS } from './rules/user-task-rules';
export { DEFAULT_MAX_BYTES } from './xml-safety/decode-document';
