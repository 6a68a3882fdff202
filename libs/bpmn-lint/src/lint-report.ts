import type { IssueCode } from './issue-codes';

export interface LintIssue {
  /** Stable code, e.g. `userTask.missing-outcomes`; see ISSUE_CODES and BPMNLINT_RULES. */
  code: IssueCode;
  /** Id of the BPMN element concerned, when there is one. */
  elementId?: string;
  /** Vietnamese first, short; English detail in parentheses where it helps. */
  message: string;
  /** 1-based position in the XML, for XML-level issues when the parser gives it. */
  line?: number;
  column?: number;
}

export interface LintReport {
  /** True when there is no error (warnings do not block a deploy). */
  ok: boolean;
  errors: LintIssue[];
  warnings: LintIssue[];
  /** Id of the one executable process, once found. */
  processId?: string;
}

export interface LintOptions {
  /** Largest accepted document in bytes (UTF-8); default 2 MiB. */
  maxBytes?: number;
}

/** Issues found by one stage, split by severity. */
export interface IssueSink {
  error(issue: LintIssue): void;
  warning(issue: LintIssue): void;
}

export class IssueCollector implements IssueSink {
  readonly errors: LintIssue[] = [];
  readonly warnings: LintIssue[] = [];

  error(issue: LintIssue): void {
    this.errors.push(issue);
  }

  warning(issue: LintIssue): void {
    this.warnings.push(issue);
  }

  hasErrors(): boolean {
    return this.errors.length > 0;
  }

  report(processId?: string): LintReport {
    return {
      ok: this.errors.length === 0,
      errors: [...this.errors],
      warnings: [...this.warnings],
      ...(processId === undefined ? {} : { processId }),
    };
  }
}
