import { councilVotePasses, councilVoteProblems } from './council-vote-rules';

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
});
