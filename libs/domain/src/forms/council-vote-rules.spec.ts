import { councilVotePasses, councilVoteProblems, voteShortfallReason } from './council-vote-rules';
import { NOMINEE_OUTCOMES_FORM, formForTask } from './task-forms';

describe('council vote', () => {
  it('passes only when the for-votes reach the threshold of all members', () => {
    expect(councilVotePasses(9, 10, 90)).toBe(true);
    expect(councilVotePasses(8, 10, 90)).toBe(false);
    expect(councilVotePasses(12, 15, 80)).toBe(true);
    expect(councilVotePasses(11, 15, 80)).toBe(false);
  });

  it('refuses counts that do not add up', () => {
    expect(councilVoteProblems({ members: 9, present: 10, votesFor: 5 })).toHaveLength(1);
    expect(councilVoteProblems({ members: 10, present: 8, votesFor: 6, votesAgainst: 3 })).toEqual(['tổng số phiếu lớn hơn số thành viên có mặt']);
    expect(councilVoteProblems({ members: 10, present: 9, votesFor: 9 })).toEqual([]);
  });

  it('refuses a line counted with more votes than members present', () => {
    const data = { members: 10, present: 8, votesFor: 8, nominees: [{ nomineeId: 'x', votesFor: 8 }, { nomineeId: 'y', votesFor: 9 }] };
    expect(councilVoteProblems(data)).toEqual(['số phiếu đồng ý của đối tượng thứ 2 lớn hơn số thành viên có mặt']);
  });

  it('writes the shortfall as the minutes do', () => {
    expect(voteShortfallReason(2, 3)).toBe('Không đạt tỷ lệ phiếu bầu (2/3, 66,7%)');
    expect(voteShortfallReason(7, 10)).toBe('Không đạt tỷ lệ phiếu bầu (7/10, 70%)');
  });
});

describe('formForTask', () => {
  it('gives per-line results to steps that move the list on, and no form to the others', () => {
    expect(formForTask({ formKey: null, outcomes: ['approve', 'return', 'reject'] })).toBe(NOMINEE_OUTCOMES_FORM);
    expect(formForTask({ formKey: null, outcomes: ['forward', 'reject'] })).toBe(NOMINEE_OUTCOMES_FORM);
    expect(formForTask({ formKey: null, outcomes: ['resubmit', 'withdraw'] })).toBeUndefined();
    expect(formForTask({ formKey: 'vd:council-vote', outcomes: ['record'] })?.properties['nominees']).toBeDefined();
    expect(formForTask({ formKey: 'vd:decision', outcomes: ['decide', 'reject'] })?.properties['nominees']).toBeDefined();
  });
});
