import type { CouncilVotes, NomineeOutcomes } from '../../dossiers/outcomes/nominee-outcomes.reader';
import { councilsFromTasks, outcomesFromTasks } from './chain-records';
import type { SnapshotNominee, SnapshotTask } from './dossier-snapshot';
import { withRecordedOutcomes, withRecordedVotes } from './recorded-outcomes';

const at = new Date('2026-03-02T02:00:00Z');
const nominee = (id: string): SnapshotNominee => ({ id, position: 1, kind: 'individual', fullName: id, title: null, achievements: null, subjectType: null, criteria: {} });
const task = (over: Partial<SnapshotTask>): SnapshotTask => ({
  id: over.elementId ?? 't',
  elementId: 't',
  name: 't',
  level: 'commune',
  localityId: 'x',
  candidateRole: 'clerk',
  formKey: null,
  status: 'completed',
  outcome: null,
  data: null,
  comment: null,
  completedBy: 'secretary.07234',
  createdAt: at,
  completedAt: at,
  ...over,
});
const council = (level: string, votesFor: number, extra: Record<string, unknown> = {}) =>
  task({ elementId: `${level}_council`, level, candidateRole: 'secretary', formKey: 'vd:council-vote', outcome: 'record', data: { members: 10, present: 10, votesFor, ...extra } });
const chairman = (level: string, outcome: string, comment: string | null = null) => task({ elementId: `${level}_decide`, level, candidateRole: 'chairman', formKey: 'vd:decision', outcome, comment });
const A = nominee('a');
const B = nominee('b');

describe('council votes and outcomes from the chain’s tasks', () => {
  it('applies a list-wide count to every line, a per-line count where the council gave one', () => {
    const [record] = councilsFromTasks([council('commune', 9, { nominees: [{ nomineeId: 'b', votesFor: 6 }], meetingDate: '2026-03-04' })], [A, B]);
    expect(record?.votesFor).toEqual(new Map([['a', 9], ['b', 6]]));
    expect(record?.meetingDate).toBe('2026-03-04');
  });

  it('approves at a level whose chairman moved the dossier on, drops a line the council did not carry, and goes no higher with it', () => {
    const tasks = [council('commune', 9, { nominees: [{ nomineeId: 'b', votesFor: 6 }] }), chairman('commune', 'forward'), task({ elementId: 'district_appraise', level: 'district', status: 'open', completedAt: null })];
    const outcomes = outcomesFromTasks(tasks, councilsFromTasks(tasks, [A, B]), [A, B], 80);
    expect(outcomes.get('a')).toEqual([{ level: 'commune', status: 'approved' }, { level: 'district', status: 'pending' }]);
    expect(outcomes.get('b')).toEqual([{ level: 'commune', status: 'dropped', reason: 'không đạt tỷ lệ phiếu đồng ý của Hội đồng' }]);
  });

  it('drops every line where the chairman refused, with the reason given', () => {
    const tasks = [council('commune', 10), chairman('commune', 'reject', 'Chưa đủ thành tích')];
    expect(outcomesFromTasks(tasks, councilsFromTasks(tasks, [A]), [A], 80).get('a')).toEqual([{ level: 'commune', status: 'dropped', reason: 'Chưa đủ thành tích' }]);
  });
});

describe('recorded per-line outcomes and votes over the tasks', () => {
  const recorded = (outcomes: NomineeOutcomes['outcomes']): NomineeOutcomes => ({ nomineeId: 'a', position: 1, outcomes, latest: outcomes.at(-1) ?? null, awardCode: 'GK', previousOutcomes: [] });

  it('keeps the task-derived outcomes of a dossier with no recorded one', () => {
    const fromTasks = new Map([['a', [{ level: 'commune' as const, status: 'approved' as const }]]]);
    expect(withRecordedOutcomes(fromTasks, [recorded([])], new Map())).toBe(fromTasks);
  });

  it('shows a recorded lift under the higher award’s name, pending where nothing is settled, and a refusal over a recorded approval', () => {
    const fromTasks = new Map([['a', [{ level: 'commune' as const, status: 'approved' as const }, { level: 'district' as const, status: 'pending' as const }]]]);
    const lifted = recorded([{ level: 'commune', status: 'lifted', toAwardCode: 'BK-CT-TINH', decidedAt: at.toISOString() }]);
    expect(withRecordedOutcomes(fromTasks, [lifted], new Map([['BK-CT-TINH', 'Bằng khen của Chủ tịch UBND tỉnh']])).get('a')).toEqual([
      { level: 'commune', status: 'lifted', toAward: 'Bằng khen của Chủ tịch UBND tỉnh' },
      { level: 'district', status: 'pending' },
    ]);
    const refused = new Map([['a', [{ level: 'commune' as const, status: 'dropped' as const, reason: 'Chưa đủ thành tích' }]]]);
    expect(withRecordedOutcomes(refused, [recorded([{ level: 'commune', status: 'approved', decidedAt: at.toISOString() }])], new Map()).get('a')).toEqual([
      { level: 'commune', status: 'dropped', reason: 'Chưa đủ thành tích' },
    ]);
  });

  it('takes a council’s recorded per-line counts, and only the lines it voted on', () => {
    const [fromTasks] = councilsFromTasks([council('district', 10)], [A, B]);
    const votes: CouncilVotes = {
      level: 'district',
      taskId: fromTasks?.taskId ?? null,
      members: 9,
      present: 8,
      listVotesFor: 10,
      listVotesAgainst: null,
      meetingDate: null,
      recordedAt: at.toISOString(),
      nominees: [{ nomineeId: 'a', position: 1, fullName: 'a', votesFor: 7, percent: 77.8, thresholdPercent: 80, passed: false, byNominee: true }],
    };
    const [merged] = withRecordedVotes(fromTasks ? [fromTasks] : [], [votes]);
    expect([merged?.members, merged?.present, merged?.votesFor]).toEqual([9, 8, new Map([['a', 7]])]);
  });
});
