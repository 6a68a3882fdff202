import { councilVotePasses, isLevel, levelRank } from '@vinh-danh/domain';
import { vietnamDateOf } from '@vinh-danh/calendar';
import type { CouncilRecord, NomineeLevelOutcome, SnapshotNominee, SnapshotTask } from './dossier-snapshot';

/**
 * Council votes and outcomes as the chain's tasks record them today: a council step records
 * one vote for the whole list (`members`, `present`, `votesFor`), and a level's chairman
 * forwards, decides or rejects the whole dossier. Per-nominee records, where a module
 * provides them, replace these (see DossierSnapshotReader).
 */
export function councilsFromTasks(tasks: readonly SnapshotTask[], nominees: readonly SnapshotNominee[]): CouncilRecord[] {
  return tasks.flatMap((task): CouncilRecord[] => {
    if (task.formKey !== 'vd:council-vote' || task.status !== 'completed' || !task.data || !isLevel(task.level)) return [];
    const votesFor = Number(task.data['votesFor'] ?? 0);
    // A council that voted line by line lists its counts in `nominees`; other lines take the general count.
    const perLine = new Map(
      (Array.isArray(task.data['nominees']) ? (task.data['nominees'] as Array<{ nomineeId?: unknown; votesFor?: unknown }>) : []).map((entry) => [String(entry.nomineeId), Number(entry.votesFor)]),
    );
    const meetingDate = typeof task.data['meetingDate'] === 'string' ? task.data['meetingDate'] : vietnamDateOf(task.completedAt ?? task.createdAt);
    return [
      {
        taskId: task.id,
        level: task.level,
        localityId: task.localityId,
        meetingDate,
        recordedAt: task.completedAt ?? task.createdAt,
        recordedBy: task.completedBy,
        members: Number(task.data['members'] ?? 0),
        present: Number(task.data['present'] ?? 0),
        votesFor: new Map(nominees.map((nominee) => [nominee.id, perLine.get(nominee.id) ?? votesFor])),
      },
    ];
  });
}

const CHAIRMAN_GO = ['forward', 'decide', 'submit'];
const BELOW_THRESHOLD = 'không đạt tỷ lệ phiếu đồng ý của Hội đồng';

/**
 * Each level the dossier reached, lowest first, with what it decided about each nominee: a
 * refusal, or "for" votes below the award's threshold at that level's council, drop the
 * nominee there; a chairman forwarding or deciding approves; anything still open is pending.
 */
export function outcomesFromTasks(tasks: readonly SnapshotTask[], councils: readonly CouncilRecord[], nominees: readonly SnapshotNominee[], thresholdPercent: number): Map<string, NomineeLevelOutcome[]> {
  const levels = [...new Set(tasks.map((task) => task.level).filter(isLevel))].sort((a, b) => levelRank(b) - levelRank(a));
  const perLevel = levels.map((level) => {
    const done = tasks.filter((task) => task.level === level && task.status === 'completed');
    const refusal = [...done].reverse().find((task) => task.outcome === 'reject');
    return {
      level,
      refusal: refusal ? refusal.comment?.trim() || 'không được chấp thuận' : undefined,
      council: [...councils].reverse().find((record) => record.level === level),
      approved: done.some((task) => task.candidateRole === 'chairman' && CHAIRMAN_GO.includes(task.outcome ?? '')),
    };
  });
  return new Map(
    nominees.map((nominee) => {
      const outcomes: NomineeLevelOutcome[] = [];
      for (const { level, refusal, council, approved } of perLevel) {
        // A nominee dropped at one level goes no higher.
        if (outcomes.some((outcome) => outcome.status === 'dropped')) break;
        if (refusal) outcomes.push({ level, status: 'dropped', reason: refusal });
        else if (council && !councilVotePasses(council.votesFor.get(nominee.id) ?? 0, council.members, thresholdPercent)) outcomes.push({ level, status: 'dropped', reason: BELOW_THRESHOLD });
        else outcomes.push(approved ? { level, status: 'approved' } : { level, status: 'pending' });
      }
      return [nominee.id, outcomes];
    }),
  );
}
