import type { Level } from '../levels/level';
import { planLevelOutcomes, type AwardFacts, type LevelOutcomeInput, type LevelOutcomeResult } from './level-outcome-plan';
import { describeNomineeOutcome, type RecordedNomineeOutcome } from './nominee-outcomes';

function award(code: string, grantingLevel: Level, threshold: number, subjectTypes = ['individual', 'collective', 'household', 'enterprise'], validTo: string | null = null): AwardFacts {
  return { code, name: `Danh hiệu ${code}`, grantingLevel, subjectTypes, councilThresholdPercent: threshold, validTo };
}

const AWARDS = [
  award('GK-HUYEN', 'district', 80),
  award('GK-HUYEN-CU', 'district', 80, undefined, '2025-06-30'),
  award('BK-TINH', 'province', 80),
  award('CSTD-TINH', 'province', 80, ['individual']),
  award('BK-TTG', 'central', 90),
];
const AWARD_MAP = new Map(AWARDS.map((facts) => [facts.code, facts]));
const [AN, BINH, HTX] = [
  { id: 'a0000000-0000-4000-8000-000000000001', kind: 'individual', fullName: 'Nguyễn Văn An' },
  { id: 'a0000000-0000-4000-8000-000000000002', kind: 'individual', fullName: 'Trần Thị Bình' },
  { id: 'a0000000-0000-4000-8000-000000000003', kind: 'collective', fullName: 'Hợp tác xã Đồng Tâm' },
];

function input(overrides: Partial<LevelOutcomeInput>): LevelOutcomeInput {
  return {
    level: 'district',
    dossierAward: AWARD_MAP.get('GK-HUYEN') as AwardFacts,
    awards: AWARD_MAP,
    chainLevels: ['commune', 'district', 'province', 'central'],
    today: '2026-03-02',
    nominees: [AN, BINH, HTX],
    recorded: [],
    movesOn: true,
    ...overrides,
  };
}

function recorded(nomineeId: string, level: Level, status: RecordedNomineeOutcome['status'], toAwardCode: string | null = null): RecordedNomineeOutcome {
  return { nomineeId, level, status, reason: status === 'dropped' ? 'Không đủ tiêu chuẩn' : null, toAwardCode };
}

function problemCode(result: LevelOutcomeResult): string | undefined {
  return result.ok ? undefined : result.problem.code;
}

function settled(result: LevelOutcomeResult) {
  if (!result.ok) throw new Error(`${result.problem.code}: ${result.problem.message}`);
  return Object.fromEntries(result.plan.settled.map((outcome) => [outcome.nomineeId, outcome]));
}

describe('planLevelOutcomes', () => {
  it('approves the lines a step does not name, and records a drop with its reason', () => {
    const result = planLevelOutcomes(input({ decisions: [{ nomineeId: BINH.id, status: 'dropped', reason: '  Chưa đủ 2 năm hoàn thành xuất sắc nhiệm vụ ' }] }));
    const byId = settled(result);
    expect(byId[AN.id]).toMatchObject({ level: 'district', status: 'approved', reason: null });
    expect(byId[BINH.id]).toMatchObject({ status: 'dropped', reason: 'Chưa đủ 2 năm hoàn thành xuất sắc nhiệm vụ' });
    expect(result.ok && result.plan.changes.map((change) => [change.nomineeId, change.explicit])).toEqual([[AN.id, false], [BINH.id, true], [HTX.id, false]]);
  });

  it.each([
    ['a drop without a reason', { nomineeId: AN.id, status: 'dropped' as const, reason: '   ' }, 'NOMINEE_DROP_REASON_REQUIRED'],
    ['a lift without an award', { nomineeId: AN.id, status: 'lifted' as const }, 'NOMINEE_LIFT_AWARD_REQUIRED'],
    ['a lift to an unknown award', { nomineeId: AN.id, status: 'lifted' as const, toAwardCode: 'HUAN-CHUONG-GIA' }, 'NOMINEE_LIFT_AWARD_UNKNOWN'],
    ['a lift to an award of the same level', { nomineeId: AN.id, status: 'lifted' as const, toAwardCode: 'GK-HUYEN-CU' }, 'NOMINEE_LIFT_NOT_HIGHER'],
    ['a lift to an award the subject cannot get', { nomineeId: HTX.id, status: 'lifted' as const, toAwardCode: 'CSTD-TINH' }, 'NOMINEE_LIFT_NOT_ELIGIBLE'],
    ['an award on a line that is not lifted', { nomineeId: AN.id, status: 'approved' as const, toAwardCode: 'BK-TINH' }, 'NOMINEE_AWARD_WITHOUT_LIFT'],
    ['a line of another list', { nomineeId: 'b0000000-0000-4000-8000-000000000009', status: 'approved' as const }, 'NOMINEE_NOT_IN_DOSSIER'],
  ])('refuses %s', (_what, decision, code) => {
    expect(problemCode(planLevelOutcomes(input({ decisions: [decision] })))).toBe(code);
  });

  it('refuses a lift to an award no longer proposed or with no granting unit on the chain', () => {
    const closed = planLevelOutcomes(input({ dossierAward: award('GK-XA', 'commune', 80), level: 'commune', decisions: [{ nomineeId: AN.id, status: 'lifted', toAwardCode: 'GK-HUYEN-CU' }] }));
    expect(problemCode(closed)).toBe('NOMINEE_LIFT_AWARD_UNAVAILABLE');
    const twoTier = planLevelOutcomes(input({ dossierAward: award('GK-XA', 'commune', 80), level: 'commune', chainLevels: ['commune', 'province', 'central'], decisions: [{ nomineeId: AN.id, status: 'lifted', toAwardCode: 'GK-HUYEN' }] }));
    expect(problemCode(twoTier)).toBe('NOMINEE_LIFT_AWARD_UNAVAILABLE');
  });

  it('names every line concerned in the problem', () => {
    const result = planLevelOutcomes(input({ decisions: [{ nomineeId: AN.id, status: 'dropped' }, { nomineeId: BINH.id, status: 'dropped' }] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.nomineeIds).toEqual([AN.id, BINH.id]);
    expect(result.problem.message).toContain('Nguyễn Văn An, Trần Thị Bình');
  });

  it('refuses a line listed twice', () => {
    expect(problemCode(planLevelOutcomes(input({ decisions: [{ nomineeId: AN.id, status: 'approved' }, { nomineeId: AN.id, status: 'dropped', reason: 'x' }] })))).toBe('NOMINEE_LISTED_TWICE');
  });

  it('does not carry a line dropped below, and refuses to settle it again', () => {
    const below = [recorded(AN.id, 'commune', 'dropped'), recorded(BINH.id, 'commune', 'approved'), recorded(HTX.id, 'commune', 'approved')];
    const byId = settled(planLevelOutcomes(input({ recorded: below })));
    expect(Object.keys(byId)).toEqual([BINH.id, HTX.id]);
    expect(problemCode(planLevelOutcomes(input({ recorded: below, decisions: [{ nomineeId: AN.id, status: 'approved' }] })))).toBe('NOMINEE_ALREADY_DROPPED');
    expect(problemCode(planLevelOutcomes(input({ recorded: below, council: { members: 10, present: 10, votesFor: 10, nominees: [{ nomineeId: AN.id, votesFor: 10 }] } })))).toBe('NOMINEE_ALREADY_DROPPED');
  });

  it('refuses to move the dossier on when every line is dropped', () => {
    const decisions = [AN, BINH, HTX].map((nominee) => ({ nomineeId: nominee.id, status: 'dropped' as const, reason: 'Không đạt tiêu chuẩn' }));
    expect(problemCode(planLevelOutcomes(input({ decisions })))).toBe('ALL_NOMINEES_DROPPED');
  });

  it('carries a lift made below, keeps it at this level, and lets a higher level undo it', () => {
    const below = [recorded(AN.id, 'commune', 'lifted', 'BK-TINH')];
    expect(settled(planLevelOutcomes(input({ recorded: below })))[AN.id]).toMatchObject({ status: 'lifted', toAwardCode: 'BK-TINH' });
    const undone = settled(planLevelOutcomes(input({ recorded: below, decisions: [{ nomineeId: AN.id, status: 'approved' }] })));
    expect(undone[AN.id]).toMatchObject({ status: 'approved', toAwardCode: null });
  });

  it('keeps what an earlier step of the same level said and writes only what changed', () => {
    const here = [recorded(AN.id, 'district', 'lifted', 'BK-TINH'), recorded(BINH.id, 'district', 'approved'), recorded(HTX.id, 'district', 'approved')];
    const result = planLevelOutcomes(input({ recorded: here }));
    expect(settled(result)[AN.id]).toMatchObject({ status: 'lifted', toAwardCode: 'BK-TINH' });
    expect(result.ok && result.plan.changes).toEqual([]);
  });

  describe('council', () => {
    it('drops a line under the threshold with the count in the reason', () => {
      const result = planLevelOutcomes(input({ council: { members: 15, present: 14, votesFor: 14, nominees: [{ nomineeId: BINH.id, votesFor: 11 }] } }));
      const byId = settled(result);
      expect(byId[BINH.id]).toMatchObject({ status: 'dropped', reason: 'Không đạt tỷ lệ phiếu bầu (11/15, 73,3%)' });
      expect(byId[AN.id]).toMatchObject({ status: 'approved' });
      expect(result.ok && result.plan.votes.find((vote) => vote.nomineeId === BINH.id)).toEqual({ nomineeId: BINH.id, votesFor: 11, members: 15, present: 14, thresholdPercent: 80, passed: false, byNominee: true });
      expect(result.ok && result.plan.votes.find((vote) => vote.nomineeId === AN.id)).toMatchObject({ votesFor: 14, passed: true, byNominee: false });
    });

    it('votes a lifted line at its lifted award’s threshold, falling back to the dossier’s award', () => {
      const below = [recorded(AN.id, 'commune', 'lifted', 'BK-TTG')];
      const dossierAward = AWARD_MAP.get('BK-TINH') as AwardFacts;
      const result = planLevelOutcomes(input({ dossierAward, recorded: below, council: { members: 10, present: 10, votesFor: 10, nominees: [{ nomineeId: AN.id, votesFor: 8 }] } }));
      expect(settled(result)[AN.id]).toMatchObject({ status: 'approved', toAwardCode: null, reason: 'Không đạt tỷ lệ phiếu bầu để đề nghị Danh hiệu BK-TTG (8/10, 80%)' });
      expect(result.ok && result.plan.votes[0]).toMatchObject({ thresholdPercent: 90, passed: false });
    });

    it('drops every line when the list falls under the threshold, and refuses a line that passed then', () => {
      const failed = planLevelOutcomes(input({ movesOn: false, council: { members: 10, present: 10, votesFor: 7 } }));
      expect(Object.values(settled(failed)).map((outcome) => outcome.reason)).toEqual(Array(3).fill('Không đạt tỷ lệ phiếu bầu (7/10, 70%)'));
      const contradictory = planLevelOutcomes(input({ movesOn: false, council: { members: 10, present: 10, votesFor: 7, nominees: [{ nomineeId: AN.id, votesFor: 9 }] } }));
      expect(problemCode(contradictory)).toBe('COUNCIL_VOTES_INCONSISTENT');
    });

    it('refuses a passing list whose every line failed', () => {
      const nominees = [AN, BINH, HTX].map((nominee) => ({ nomineeId: nominee.id, votesFor: 5 }));
      expect(problemCode(planLevelOutcomes(input({ council: { members: 10, present: 10, votesFor: 9, nominees } })))).toBe('ALL_NOMINEES_DROPPED');
    });
  });

  it('describes an outcome in Vietnamese', () => {
    expect(describeNomineeOutcome(recorded(AN.id, 'district', 'dropped'))).toBe('Huyện: Không đề nghị (Không đủ tiêu chuẩn)');
    expect(describeNomineeOutcome(recorded(AN.id, 'province', 'lifted', 'BK-TTG'), 'Bằng khen của Thủ tướng Chính phủ')).toBe('Tỉnh: Đề nghị nâng mức khen thưởng: Bằng khen của Thủ tướng Chính phủ');
  });
});
