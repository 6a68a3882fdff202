import { lintBpmn } from '../lint-bpmn';
import type { LintIssue, LintReport } from '../lint-report';
import { bpmnDocument, type DocumentOptions, type Piece } from './bpmn-builder';

/** `code@elementId` for each issue: compact, order-preserving, easy to assert on. */
export function pairs(issues: readonly LintIssue[]): string[] {
  return issues.map((issue) => `${issue.code}@${issue.elementId ?? '-'}`);
}

export function codes(issues: readonly LintIssue[]): string[] {
  return issues.map((issue) => issue.code);
}

export function issuesWith(issues: readonly LintIssue[], code: string): LintIssue[] {
  return issues.filter((issue) => issue.code === code);
}

/** Lints a process built from pieces (with its diagram unless told otherwise). */
export function lintPieces(pieces: Piece[], options: DocumentOptions = {}): Promise<LintReport> {
  return lintBpmn(bpmnDocument(pieces, options));
}
