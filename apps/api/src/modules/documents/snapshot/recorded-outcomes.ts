import { levelRank, type Level } from '@vinh-danh/domain';
import type { CouncilVotes, NomineeOutcomes } from '../../dossiers/outcomes/nominee-outcomes.reader';
import type { CouncilRecord, NomineeLevelOutcome } from './dossier-snapshot';

/**
 * Per-line records (modules/dossiers/outcomes) laid over what the tasks alone tell. A council
 * whose step recorded votes line by line takes those counts, and only the lines it voted on;
 * a council without such records keeps the list-wide count. Once a dossier has any recorded
 * outcome, every level it reached shows the recorded result, or "pending" where none is
 * settled yet (a chairman's refusal, which no line records, still drops them all); a dossier
 * from before per-line outcomes keeps the task-derived ones.
 */
export function withRecordedVotes(fromTasks: CouncilRecord[], recorded: CouncilVotes[]): CouncilRecord[] {
  return fromTasks.map((council) => {
    const votes = recorded.find((meeting) => meeting.taskId === council.taskId) ?? recorded.find((meeting) => meeting.taskId === null && meeting.level === council.level);
    if (!votes || votes.nominees.length === 0) return council;
    return {
      ...council,
      members: votes.members,
      present: votes.present,
      ...(votes.meetingDate ? { meetingDate: votes.meetingDate } : {}),
      votesFor: new Map(votes.nominees.map((vote) => [vote.nomineeId, vote.votesFor])),
    };
  });
}

export function withRecordedOutcomes(fromTasks: Map<string, NomineeLevelOutcome[]>, recorded: NomineeOutcomes[], awardNames: Map<string, string>): Map<string, NomineeLevelOutcome[]> {
  if (!recorded.some((line) => line.outcomes.length > 0)) return fromTasks;
  const merged = new Map<string, NomineeLevelOutcome[]>();
  for (const line of recorded) {
    const reached = new Set<Level>([...(fromTasks.get(line.nomineeId) ?? []).map((outcome) => outcome.level), ...line.outcomes.map((outcome) => outcome.level)]);
    const outcomes: NomineeLevelOutcome[] = [];
    for (const level of [...reached].sort((a, b) => levelRank(b) - levelRank(a))) {
      if (outcomes.some((outcome) => outcome.status === 'dropped')) break;
      const settled = line.outcomes.find((outcome) => outcome.level === level);
      const told = (fromTasks.get(line.nomineeId) ?? []).find((outcome) => outcome.level === level);
      // A refusal ends the whole dossier and is recorded on no line: it still drops every line.
      if (told?.status === 'dropped' && settled?.status !== 'dropped') outcomes.push(told);
      else if (!settled) outcomes.push({ level, status: 'pending' });
      else if (settled.status === 'dropped') outcomes.push({ level, status: 'dropped', reason: settled.reason ?? 'không được đề nghị' });
      else if (settled.status === 'lifted') outcomes.push({ level, status: 'lifted', toAward: awardNames.get(settled.toAwardCode ?? '') ?? settled.toAwardCode ?? 'mức cao hơn' });
      else outcomes.push({ level, status: 'approved' });
    }
    merged.set(line.nomineeId, outcomes);
  }
  return merged;
}
