import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ISSUE_CODES } from './issue-codes';
import { lintBpmn } from './lint-bpmn';
import type { LintReport } from './lint-report';
import { issuesWith, pairs } from './testing/report-helpers';

/**
 * The BPMN MIWG reference files: real models exported by other tools (Trisotech, Signavio,
 * Bonita, ITP, Camunda…). None is fit to run here; each must still get a report, never an
 * exception, and every id a report names must exist in the file.
 */
const DIR = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'bpmn-miwg-reference');
const FILES = readdirSync(DIR).filter((file) => file.endsWith('.bpmn')).sort();
const reports = new Map<string, LintReport>();

async function lintFixture(file: string): Promise<LintReport> {
  let report = reports.get(file);
  if (!report) {
    report = await lintBpmn(readFileSync(join(DIR, file)));
    reports.set(file, report);
  }
  return report;
}

const unsupported = (report: LintReport): string[] =>
  issuesWith(report.errors, ISSUE_CODES.elementUnsupported).map((issue) => issue.elementId ?? '-');

describe('MIWG reference files', () => {
  it('are all there', () => {
    expect(FILES).toHaveLength(21);
  });

  it.each(FILES)('%s gets a report naming only ids of the file', async (file) => {
    const xml = readFileSync(join(DIR, file), 'utf8');

    const report = await lintFixture(file);

    expect(report.ok).toBe(false);
    expect(report.errors.length).toBeGreaterThan(0);
    expect(issuesWith(report.errors, ISSUE_CODES.lintFailed)).toEqual([]);
    expect(issuesWith(report.warnings, ISSUE_CODES.bpmnlintRuleFailed)).toEqual([]);
    for (const issue of [...report.errors, ...report.warnings]) {
      expect(issue.message.trim()).not.toBe('');
      if (issue.elementId !== undefined) expect(xml).toContain(`id="${issue.elementId}"`);
    }
  });

  it('A.1.0 (Trisotech, ISO-8859-1 over ASCII): read fine, refused only for having no executable process', async () => {
    await expect(lintFixture('A.1.0.bpmn')).resolves.toEqual({
      ok: false,
      errors: [expect.objectContaining({ code: ISSUE_CODES.bpmnNoExecutableProcess, elementId: 'WFP-6-' })],
      warnings: [],
    });
  });

  it('A.4.0 (a collaboration of two non-executable pools) lists both processes', async () => {
    const report = await lintFixture('A.4.0.bpmn');

    expect(pairs(report.errors)).toEqual([`${ISSUE_CODES.bpmnNoExecutableProcess}@-`]);
    expect(report.errors[0].message).toContain('WFP-6-1, WFP-6-2');
  });

  it.each(['C.4.0.bpmn', 'C.5.0.bpmn', 'C.6.0.bpmn', 'C.7.0.bpmn'])(
    '%s (processes without isExecutable) is refused as not executable',
    async (file) => {
      const report = await lintFixture(file);

      expect(report.errors.map((issue) => issue.code)).toEqual([ISSUE_CODES.bpmnNoExecutableProcess]);
      expect(report.processId).toBeUndefined();
    },
  );

  it('C.1.0 (Camunda invoice, with a non-executable customer pool) lints only the executable pool', async () => {
    const report = await lintFixture('C.1.0.bpmn');

    expect(report.processId).toBe('bpmn-miwg-test-case-c.1.0');
    // The customer pool's event-based gateway and message events are not reported.
    expect(unsupported(report)).toEqual(['StartEvent_1', 'archiveInvoice']);
    expect(issuesWith(report.errors, ISSUE_CODES.userTaskMissingCandidateGroups).map((issue) => issue.elementId)).toEqual([
      'approveInvoice',
      'assignApprover',
      'reviewInvoice',
      'prepareBankTransfer',
    ]);
    expect(report.errors[0].message).toBe(
      'bpmn:StartEvent "Invoice received" (StartEvent_1) không được hỗ trợ: không hỗ trợ sự kiện loại "message" ở đây (chỉ: none)',
    );
  });

  it('C.3.0 (ITP) refuses message events and conditions written as plain text', async () => {
    const report = await lintFixture('C.3.0.bpmn');

    expect(unsupported(report)).toEqual(['_cc9778bd-edd8-4df2-ba15-56c310f90e62', 'Bpmn_BoundaryEvent_LwKtwhqHEeWDuOtG0oS24A']);
    expect(pairs(issuesWith(report.errors, ISSUE_CODES.conditionNotExpression))).toEqual([
      `${ISSUE_CODES.conditionNotExpression}@_be893987-caec-4605-b078-bd96b7cd6c12`,
    ]);
    // Its timer says language="XPath" with a plain ISO value: not a script, and a valid duration.
    expect(issuesWith(report.errors, ISSUE_CODES.scriptForbidden)).toEqual([]);
    expect(issuesWith(report.errors, ISSUE_CODES.timerInvalid)).toEqual([]);
  });

  it('C.8.1 (Trisotech vacation request) refuses its FEEL-URI conditions as scripts and its service tasks', async () => {
    const report = await lintFixture('C.8.1.bpmn');

    expect(report.processId).toBe('VacationRequestProcess');
    expect(pairs(issuesWith(report.errors, ISSUE_CODES.scriptForbidden))).toEqual([
      `${ISSUE_CODES.scriptForbidden}@_0a1c4f20-509f-4aeb-baf9-acc762f4fdf9`,
      `${ISSUE_CODES.scriptForbidden}@_325973e7-0bc8-4136-b6df-be1e681d8608`,
      `${ISSUE_CODES.scriptForbidden}@_f2b0da63-d841-4457-ad85-7d86c8b5c1d2`,
    ]);
    expect(unsupported(report)).toHaveLength(8);
    // Its dangling "triso:unspecified" message refs sit outside the process: warnings only.
    expect(issuesWith(report.warnings, ISSUE_CODES.bpmnUnresolvedReference)).toHaveLength(3);
    expect(issuesWith(report.errors, ISSUE_CODES.bpmnUnresolvedReference)).toEqual([]);
  });

  it('C.9.1 (Camunda document request) names each send/receive task and the user task gaps', async () => {
    const report = await lintFixture('C.9.1.bpmn');

    expect(report.processId).toBe('requestDocument_en');
    expect(pairs(report.errors)).toEqual([
      `${ISSUE_CODES.elementUnsupported}@SendTask_RequestDocument`,
      `${ISSUE_CODES.elementUnsupported}@SendTask_SendReminderEmail`,
      `${ISSUE_CODES.elementUnsupported}@ReceiveTask_WaitForDocument`,
      `${ISSUE_CODES.userTaskMissingCandidateGroups}@UserTask_CallCustomer`,
      `${ISSUE_CODES.userTaskMissingLevel}@UserTask_CallCustomer`,
      `${ISSUE_CODES.userTaskMissingOutcomes}@UserTask_CallCustomer`,
    ]);
  });

  it('C.9.2 (Camunda) refuses event subprocesses and the typed start events inside them', async () => {
    const report = await lintFixture('C.9.2.bpmn');

    expect(unsupported(report)).toEqual(
      expect.arrayContaining(['StartMessageEvent_DocumentRequested', 'CallActivity_RequestDocument', 'StartTimerEvent_AcceleratedDecision']),
    );
    expect(issuesWith(report.errors, ISSUE_CODES.elementUnsupported).find((issue) => issue.elementId === 'Activity_0uvp3cb')?.message).toContain(
      'event subprocess',
    );
  });
});
