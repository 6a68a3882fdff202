import { ISSUE_CODES } from '../issue-codes';
import { userTask, type UserTaskAttributes } from '../testing/bpmn-builder';
import { minimalValidPieces } from '../testing/models';
import { lintPieces, pairs } from '../testing/report-helpers';

type Overrides = Partial<Record<keyof UserTaskAttributes, string | undefined>>;

const lintTask = (overrides: Overrides) => lintPieces(minimalValidPieces(userTask('Appraise', overrides)));

describe('user task house rules', () => {
  it('passes a task with every attribute right', async () => {
    const report = await lintTask({ candidateGroups: 'secretary', level: 'province', formKey: 'vd:council-vote' });

    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('reports every missing required attribute of a bare task, by id', async () => {
    const report = await lintTask({ candidateGroups: undefined, level: undefined, outcomes: undefined, limitWorkingDays: undefined, legalBasis: undefined });

    expect(pairs(report.errors)).toEqual([
      `${ISSUE_CODES.userTaskMissingCandidateGroups}@Appraise`,
      `${ISSUE_CODES.userTaskMissingLevel}@Appraise`,
      `${ISSUE_CODES.userTaskMissingOutcomes}@Appraise`,
    ]);
    expect(pairs(report.warnings)).toEqual([
      `${ISSUE_CODES.userTaskMissingLimit}@Appraise`,
      `${ISSUE_CODES.userTaskMissingLegalBasis}@Appraise`,
    ]);
    expect(report.errors[0].message).toBe('Công việc "Thẩm định hồ sơ" (Appraise): thiếu camunda:candidateGroups (một trong: clerk, secretary, chairman)');
  });

  it.each([
    ['a role that never acts on dossiers', { candidateGroups: 'admin' }, ISSUE_CODES.userTaskInvalidCandidateGroup, '"admin"'],
    ['an unknown group', { candidateGroups: 'clerk, accountants' }, ISSUE_CODES.userTaskInvalidCandidateGroup, '"accountants"'],
    ['an expression as group', { candidateGroups: '${initiator}' }, ISSUE_CODES.userTaskInvalidCandidateGroup, '${initiator}'],
    ['an unknown level', { level: 'ward' }, ISSUE_CODES.userTaskInvalidLevel, '"ward"'],
    ['a level in capitals', { level: 'Commune' }, ISSUE_CODES.userTaskInvalidLevel, '"Commune"'],
    ['blank outcomes', { outcomes: ' , ' }, ISSUE_CODES.userTaskMissingOutcomes, 'vd:outcomes'],
    ['an empty outcome in the list', { outcomes: 'approve,,return' }, ISSUE_CODES.userTaskInvalidOutcomes, 'rỗng'],
    ['a repeated outcome', { outcomes: 'approve, return, approve' }, ISSUE_CODES.userTaskInvalidOutcomes, 'approve'],
    ['a limit of zero', { limitWorkingDays: '0' }, ISSUE_CODES.userTaskInvalidLimit, '"0"'],
    ['a limit over a year', { limitWorkingDays: '366' }, ISSUE_CODES.userTaskInvalidLimit, '"366"'],
    ['a fractional limit', { limitWorkingDays: '1.5' }, ISSUE_CODES.userTaskInvalidLimit, '"1.5"'],
    ['a limit with a unit, which parseInt would have accepted', { limitWorkingDays: '10 ngày' }, ISSUE_CODES.userTaskInvalidLimit, '"10 ngày"'],
    ['a negative limit', { limitWorkingDays: '-5' }, ISSUE_CODES.userTaskInvalidLimit, '"-5"'],
    ['a Camunda form key', { formKey: 'embedded:app:forms/approve.html' }, ISSUE_CODES.userTaskUnknownFormKey, 'vd:council-vote, vd:decision'],
  ])('refuses %s', async (_label, overrides: Overrides, code, detail) => {
    const report = await lintTask(overrides);

    expect(pairs(report.errors)).toEqual([`${code}@Appraise`]);
    expect(report.errors[0].message).toContain(detail);
  });

  it('accepts the limits 1 and 365 and every level', async () => {
    for (const [limitWorkingDays, level] of [['1', 'central'], ['365', 'district'], [' 25 ', 'commune']]) {
      const report = await lintTask({ limitWorkingDays, level });
      expect(report.errors).toEqual([]);
    }
  });

  it('warns when a task is offered to several roles, since a task shows one candidate role', async () => {
    const report = await lintTask({ candidateGroups: 'secretary,chairman' });

    expect(report.errors).toEqual([]);
    expect(pairs(report.warnings)).toEqual([`${ISSUE_CODES.userTaskMultipleCandidateGroups}@Appraise`]);
  });
});
