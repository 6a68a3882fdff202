import { voteResult, type CouncilMeeting } from './council';
import { DocumentDataError } from './errors';

const meeting = (members: number, present: number, percent: number, of: 'allMembers' | 'present' = 'allMembers'): CouncilMeeting => ({
  councilName: 'Hội đồng Thi đua - Khen thưởng huyện Yên Thế',
  date: '2020-11-05',
  startTime: '08:00',
  venue: 'Phòng họp số 1',
  chairName: 'Nguyễn Văn Hùng',
  secretaryName: 'Vũ Thanh Hải',
  members: Array.from({ length: members }, (_, i) => ({ name: `Thành viên ${i + 1}`, role: 'Ủy viên', present: i < present })),
  threshold: { percent, of },
  votes: [],
});

describe('voteResult', () => {
  it('meets 90% with exactly 9 of 10, where floating point division could miss it', () => {
    expect(voteResult(meeting(10, 10, 90), { nomineeId: 'a', agree: 9 })).toEqual({ agree: 9, base: 10, percent: 90, met: true });
    expect(voteResult(meeting(10, 10, 90), { nomineeId: 'a', agree: 8 }).met).toBe(false);
  });

  it('takes the percentage over all members unless the award type says present', () => {
    expect(voteResult(meeting(9, 8, 90), { nomineeId: 'a', agree: 8 })).toMatchObject({ base: 9, percent: 88.9, met: false });
    expect(voteResult(meeting(9, 8, 90, 'present'), { nomineeId: 'a', agree: 8 })).toMatchObject({ base: 8, percent: 100, met: true });
  });

  it('refuses more votes than members present', () => {
    expect(() => voteResult(meeting(9, 8, 80), { nomineeId: 'a', agree: 9 })).toThrow(DocumentDataError);
    expect(() => voteResult(meeting(9, 8, 80), { nomineeId: 'a', agree: -1 })).toThrow(/0 đến/);
  });
});
