import { DocumentDataError } from './errors';
import type { IsoDate } from './common';

export interface CouncilMember {
  name: string;
  /** Role in the council: "Chủ tịch Hội đồng", "Phó Chủ tịch Hội đồng", "Ủy viên", "Thư ký". */
  role: string;
  /** Office held outside the council, e.g. "Chủ tịch UBND huyện". */
  position?: string;
  present: boolean;
}

/**
 * Vote threshold, kept per award type (90% or 80% of all members were used). `of` says which
 * head count the percentage is taken over: all members (the law's usual reading) or those present.
 */
export interface VoteThreshold {
  percent: number;
  of: 'allMembers' | 'present';
}

export interface NomineeVote {
  nomineeId: string;
  /** Số phiếu đồng ý. */
  agree: number;
}

export interface CouncilMeeting {
  /** "Hội đồng Thi đua - Khen thưởng huyện Yên Thế". */
  councilName: string;
  date: IsoDate;
  /** 'HH:mm'. */
  startTime: string;
  endTime?: string;
  venue: string;
  /** Names of who chaired the meeting and who kept the minutes. */
  chairName: string;
  secretaryName: string;
  members: CouncilMember[];
  threshold: VoteThreshold;
  votes: NomineeVote[];
}

export interface VoteResult {
  agree: number;
  /** The head count the percentage is taken over. */
  base: number;
  /** Rounded to one decimal, for print only; `met` is decided on exact integers. */
  percent: number;
  met: boolean;
}

/**
 * Percentage and verdict for one nominee. Exact integer comparison (agree·100 ≥ threshold·base)
 * so that 9 of 10 at 90% is met, which floating point division can get wrong.
 */
export function voteResult(meeting: CouncilMeeting, vote: NomineeVote): VoteResult {
  const present = meeting.members.filter((m) => m.present).length;
  const base = meeting.threshold.of === 'present' ? present : meeting.members.length;
  if (!Number.isInteger(vote.agree) || vote.agree < 0 || vote.agree > present) {
    throw new DocumentDataError(
      'INVALID_VOTES',
      `Số phiếu đồng ý (${vote.agree}) phải từ 0 đến số thành viên có mặt (${present}) — ${vote.nomineeId}`,
    );
  }
  if (base === 0) throw new DocumentDataError('INVALID_VOTES', 'Hội đồng không có thành viên nào');
  const percent = Math.round((vote.agree * 1000) / base) / 10;
  return { agree: vote.agree, base, percent, met: vote.agree * 100 >= meeting.threshold.percent * base };
}
