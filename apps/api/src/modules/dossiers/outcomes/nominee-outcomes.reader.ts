import type { EntityManager } from 'typeorm';
import { levelRank, type Level, type NomineeOutcomeStatus } from '@vinh-danh/domain';

/**
 * Read side of per-line outcomes and council votes, for the dossier view, the XLSX export and
 * the documents (minutes, decision). Plain functions over the caller's manager, so they run
 * inside whatever transaction the caller holds; results are plain JSON-ready objects.
 */

/** One level's outcome for one line. `reason` and `toAwardCode` are present only when set. */
export interface NomineeOutcomeView {
  level: Level;
  status: NomineeOutcomeStatus;
  /** Why the line was dropped (or why a lift was not carried); free text in Vietnamese. */
  reason?: string;
  /** The higher award a lifted line is proposed for. */
  toAwardCode?: string;
  /** ISO 8601. */
  decidedAt: string;
}

/** An outcome the line had in an earlier dossier it was copied from (follow-up dossiers). */
export interface PreviousNomineeOutcomeView extends NomineeOutcomeView {
  dossierId: string;
  dossierCode: string;
}

export interface NomineeOutcomes {
  nomineeId: string;
  /** Position in the list (1-based), the order documents print lines in. */
  position: number;
  /** This dossier's outcomes, lowest level first (commune, district, province, central). */
  outcomes: NomineeOutcomeView[];
  /** The last one (highest level reached); null while no level has settled the line. */
  latest: NomineeOutcomeView | null;
  /**
   * The award the line stands for now: the lifted award when its latest outcome is a lift,
   * otherwise the dossier's own. A decision lists lines under this award.
   */
  awardCode: string;
  /** Outcomes in the dossiers this line was lifted from, oldest dossier first, each lowest level first. */
  previousOutcomes: PreviousNomineeOutcomeView[];
}

/**
 * Every line of the dossier with its outcomes, in list order. For a decision at level L: a line
 * is granted the dossier's award when `latest` is `approved` at L, proposed upward under
 * `awardCode` when `latest` is `lifted` at L (its follow-up dossier), and left out otherwise
 * (dropped at L or below, whose `latest.reason` says why).
 */
export async function readNomineeOutcomes(manager: EntityManager, dossierId: string): Promise<NomineeOutcomes[]> {
  const lines: Array<{ id: string; position: number; awardCode: string }> = await manager.query(
    `SELECT n.id, n.position, d.award_type_code AS "awardCode" FROM nominees n JOIN dossiers d ON d.id = n.dossier_id WHERE n.dossier_id = $1 ORDER BY n.position`,
    [dossierId],
  );
  if (lines.length === 0) return [];
  const own: Array<OutcomeRow> = await manager.query(
    `SELECT o.nominee_id AS "nomineeId", o.level, o.status, o.reason, o.lifted_to_award_code AS "toAwardCode", o.decided_at AS "decidedAt"
       FROM nominee_outcomes o WHERE o.dossier_id = $1`,
    [dossierId],
  );
  // Each line's ancestors through origin_nominee_id (a follow-up of a follow-up keeps the whole path).
  const previous: Array<OutcomeRow & { lineId: string; depth: number; dossierId: string; dossierCode: string }> = await manager.query(
    `WITH RECURSIVE origins AS (
       SELECT n.id AS line_id, n.origin_nominee_id AS ancestor_id, 1 AS depth FROM nominees n WHERE n.dossier_id = $1 AND n.origin_nominee_id IS NOT NULL
       UNION ALL
       SELECT o.line_id, a.origin_nominee_id, o.depth + 1 FROM origins o JOIN nominees a ON a.id = o.ancestor_id WHERE a.origin_nominee_id IS NOT NULL AND o.depth < 10
     )
     SELECT o.line_id AS "lineId", o.depth, x.nominee_id AS "nomineeId", x.level, x.status, x.reason, x.lifted_to_award_code AS "toAwardCode",
            x.decided_at AS "decidedAt", d.id AS "dossierId", d.code AS "dossierCode"
       FROM origins o JOIN nominee_outcomes x ON x.nominee_id = o.ancestor_id JOIN dossiers d ON d.id = x.dossier_id`,
    [dossierId],
  );
  const ownByLine = groupBy(own, (row) => row.nomineeId);
  const previousByLine = groupBy(previous, (row) => row.lineId);
  return lines.map((line) => {
    const outcomes = lowestLevelFirst(ownByLine.get(line.id) ?? []).map(toView);
    const latest = outcomes.at(-1) ?? null;
    const earlier = (previousByLine.get(line.id) ?? []).sort((a, b) => b.depth - a.depth || levelRank(b.level) - levelRank(a.level));
    return {
      nomineeId: line.id,
      position: line.position,
      outcomes,
      latest,
      awardCode: latest?.status === 'lifted' && latest.toAwardCode ? latest.toAwardCode : line.awardCode,
      previousOutcomes: earlier.map((row) => ({ ...toView(row), dossierId: row.dossierId, dossierCode: row.dossierCode })),
    };
  });
}

/** One line's vote in a council meeting. */
export interface NomineeCouncilVote {
  nomineeId: string;
  position: number;
  fullName: string;
  votesFor: number;
  /** Percent of all members, one decimal (e.g. 73.3). */
  percent: number;
  /** The threshold of the award the line was voted for (a lifted award's own). */
  thresholdPercent: number;
  passed: boolean;
  /** False when the council voted the list as a whole and this line took the common count. */
  byNominee: boolean;
}

/** One level's council meeting on this dossier, as its minutes show it. */
export interface CouncilVotes {
  level: Level;
  /** The council step that recorded it. */
  taskId: string | null;
  members: number;
  present: number;
  /** The common count recorded for the list (what the chain's vote gateway used); null if unknown. */
  listVotesFor: number | null;
  listVotesAgainst: number | null;
  /** YYYY-MM-DD as recorded on the form, if given. */
  meetingDate: string | null;
  /** ISO 8601. */
  recordedAt: string;
  /** Lines voted on, in list order; lines dropped at a lower level are not voted on again. */
  nominees: NomineeCouncilVote[];
}

/** Every council meeting held on the dossier, lowest level first. */
export async function readCouncilVotes(manager: EntityManager, dossierId: string): Promise<CouncilVotes[]> {
  const rows: Array<{
    nomineeId: string; position: number; fullName: string; level: Level; taskId: string | null; members: number; present: number;
    votesFor: number; thresholdPercent: number; passed: boolean; byNominee: boolean; recordedAt: Date | string; taskData: Record<string, unknown> | null;
  }> = await manager.query(
    `SELECT v.nominee_id AS "nomineeId", n.position, n.full_name AS "fullName", v.level, v.task_id AS "taskId", v.members, v.present,
            v.votes_for AS "votesFor", v.threshold_percent AS "thresholdPercent", v.passed, v.by_nominee AS "byNominee",
            v.recorded_at AS "recordedAt", t.data AS "taskData"
       FROM nominee_votes v JOIN nominees n ON n.id = v.nominee_id LEFT JOIN tasks t ON t.id = v.task_id
      WHERE v.dossier_id = $1
      ORDER BY n.position`,
    [dossierId],
  );
  const byLevel = groupBy(rows, (row) => row.level);
  return lowestLevelFirst([...byLevel.keys()].map((level) => ({ level }))).map(({ level }) => {
    const votes = byLevel.get(level) ?? [];
    const first = votes[0] as (typeof votes)[number]; // every group has at least one row
    const data = first.taskData ?? {};
    return {
      level,
      taskId: first.taskId,
      members: first.members,
      present: first.present,
      listVotesFor: typeof data['votesFor'] === 'number' ? data['votesFor'] : null,
      listVotesAgainst: typeof data['votesAgainst'] === 'number' ? data['votesAgainst'] : null,
      meetingDate: typeof data['meetingDate'] === 'string' ? data['meetingDate'] : null,
      recordedAt: new Date(first.recordedAt).toISOString(),
      nominees: votes.map((vote) => ({
        nomineeId: vote.nomineeId,
        position: vote.position,
        fullName: vote.fullName,
        votesFor: vote.votesFor,
        percent: vote.members > 0 ? Math.round((vote.votesFor * 1000) / vote.members) / 10 : 0,
        thresholdPercent: vote.thresholdPercent,
        passed: vote.passed,
        byNominee: vote.byNominee,
      })),
    };
  });
}

interface OutcomeRow {
  nomineeId: string;
  level: Level;
  status: NomineeOutcomeStatus;
  reason: string | null;
  toAwardCode: string | null;
  decidedAt: Date | string;
}

function toView(row: OutcomeRow): NomineeOutcomeView {
  return {
    level: row.level,
    status: row.status,
    ...(row.reason !== null ? { reason: row.reason } : {}),
    ...(row.toAwardCode !== null ? { toAwardCode: row.toAwardCode } : {}),
    decidedAt: new Date(row.decidedAt).toISOString(),
  };
}

/** Commune first, central last (levelRank counts from central down). */
function lowestLevelFirst<T extends { level: Level }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => levelRank(b.level) - levelRank(a.level));
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
