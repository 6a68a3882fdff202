import { LEVELS, TASK_FORMS, isLevel, type Role } from '@vinh-danh/domain';
import { ISSUE_CODES } from '../issue-codes';
import type { IssueSink, LintIssue } from '../lint-report';
import { labelOf, idOf, type ModdleElement } from '../moddle/moddle-element';
import type { RuleContext } from './rule-context';

/** Roles that act on dossiers; admin and supervisor configure and watch, they never get tasks. */
export const TASK_ROLES: readonly Role[] = ['clerk', 'secretary', 'chairman'];

export const MAX_LIMIT_WORKING_DAYS = 365;

/**
 * House rules for user tasks: the fields the api needs to route a task (candidate role,
 * level), to complete it (outcomes, form) and to time it (limit in working days, with its
 * legal citation). Attribute values are read raw (the vd descriptor types them as strings).
 */
export function checkUserTasks({ scope, sink }: RuleContext): void {
  for (const task of scope.flowElements.filter((element) => element.$type === 'bpmn:UserTask')) {
    const report = reporterFor(task, sink);
    checkCandidateGroups(task, report);
    checkLevel(task, report);
    checkOutcomes(task, report);
    checkLimitAndLegalBasis(task, report);
    checkFormKey(task, report);
  }
}

type Report = (severity: 'error' | 'warning', code: LintIssue['code'], message: string) => void;

function reporterFor(task: ModdleElement, sink: IssueSink): Report {
  const elementId = idOf(task);
  const name = labelOf(task);
  return (severity, code, message) =>
    sink[severity]({ code, ...(elementId ? { elementId } : {}), message: `Công việc ${name}: ${message}` });
}

/** A moddle attribute value as the admin wrote it, trimmed; numbers tolerated (typed descriptors). */
function rawAttribute(task: ModdleElement, name: string): string | undefined {
  const value = task.get(name);
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value.trim() : undefined;
}

function listAttribute(task: ModdleElement, name: string): string[] | undefined {
  const raw = rawAttribute(task, name);
  return raw === undefined || raw === '' ? undefined : raw.split(',').map((item) => item.trim());
}

function checkCandidateGroups(task: ModdleElement, report: Report): void {
  const groups = listAttribute(task, 'camunda:candidateGroups')?.filter((group) => group !== '');
  const allowed = TASK_ROLES.join(', ');
  if (!groups?.length) {
    report('error', ISSUE_CODES.userTaskMissingCandidateGroups, `thiếu camunda:candidateGroups (một trong: ${allowed})`);
    return;
  }
  for (const group of groups.filter((candidate) => !(TASK_ROLES as readonly string[]).includes(candidate))) {
    report('error', ISSUE_CODES.userTaskInvalidCandidateGroup, `nhóm xử lý "${group}" không hợp lệ (chỉ: ${allowed})`);
  }
  if (groups.length > 1) {
    // The api shows one candidateRole per task; with several, only the first is shown.
    report('warning', ISSUE_CODES.userTaskMultipleCandidateGroups, `có ${groups.length} nhóm xử lý; nên giao cho một vai trò`);
  }
}

function checkLevel(task: ModdleElement, report: Report): void {
  const level = rawAttribute(task, 'vd:level');
  if (!level) {
    report('error', ISSUE_CODES.userTaskMissingLevel, `thiếu vd:level (${LEVELS.join(', ')})`);
  } else if (!isLevel(level)) {
    report('error', ISSUE_CODES.userTaskInvalidLevel, `vd:level "${level}" không hợp lệ (chỉ: ${LEVELS.join(', ')})`);
  }
}

function checkOutcomes(task: ModdleElement, report: Report): void {
  const outcomes = listAttribute(task, 'vd:outcomes');
  if (!outcomes || outcomes.every((outcome) => outcome === '')) {
    report('error', ISSUE_CODES.userTaskMissingOutcomes, 'thiếu vd:outcomes (các kết quả xử lý, cách nhau bởi dấu phẩy)');
    return;
  }
  if (outcomes.includes('')) {
    report('error', ISSUE_CODES.userTaskInvalidOutcomes, `vd:outcomes "${outcomes.join(',')}" có giá trị rỗng`);
  }
  const duplicates = outcomes.filter((outcome, index) => outcome !== '' && outcomes.indexOf(outcome) !== index);
  if (duplicates.length) {
    report('error', ISSUE_CODES.userTaskInvalidOutcomes, `vd:outcomes lặp giá trị: ${[...new Set(duplicates)].join(', ')}`);
  }
}

function checkLimitAndLegalBasis(task: ModdleElement, report: Report): void {
  const limit = rawAttribute(task, 'vd:limitWorkingDays');
  if (limit === undefined || limit === '') {
    // Some steps have no statutory limit (a dossier returned for supplements pauses the clock).
    report('warning', ISSUE_CODES.userTaskMissingLimit, 'chưa có thời hạn vd:limitWorkingDays (số ngày làm việc)');
  } else if (!/^\d+$/.test(limit) || Number(limit) < 1 || Number(limit) > MAX_LIMIT_WORKING_DAYS) {
    report(
      'error',
      ISSUE_CODES.userTaskInvalidLimit,
      `vd:limitWorkingDays "${limit}" phải là số nguyên từ 1 đến ${MAX_LIMIT_WORKING_DAYS} (ngày làm việc)`,
    );
  }
  if (!rawAttribute(task, 'vd:legalBasis')) {
    report('warning', ISSUE_CODES.userTaskMissingLegalBasis, 'nên ghi căn cứ pháp lý của thời hạn (vd:legalBasis)');
  }
}

function checkFormKey(task: ModdleElement, report: Report): void {
  const formKey = rawAttribute(task, 'camunda:formKey');
  if (formKey === undefined || formKey === '') return;
  if (!Object.prototype.hasOwnProperty.call(TASK_FORMS, formKey)) {
    const known = Object.keys(TASK_FORMS).join(', ');
    report('error', ISSUE_CODES.userTaskUnknownFormKey, `camunda:formKey "${formKey}" không có trong danh sách biểu mẫu (${known})`);
  }
}
