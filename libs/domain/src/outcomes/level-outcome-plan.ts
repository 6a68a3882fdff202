import { councilVotePasses, voteShortfallReason } from '../forms/council-vote-rules';
import { levelRank, type Level } from '../levels/level';
import type { NomineeDecision, NomineeVoteEntry, RecordedNomineeOutcome } from './nominee-outcomes';

/** What the rules need of an award type. */
export interface AwardFacts {
  code: string;
  name: string;
  grantingLevel: Level;
  subjectTypes: readonly string[];
  councilThresholdPercent: number;
  /** Last day it may be proposed (YYYY-MM-DD); null = open. */
  validTo: string | null;
}

export interface PlanNominee {
  id: string;
  /** individual, collective, household, enterprise: what award types list as subject types. */
  kind: string;
  fullName: string;
}

export interface LevelOutcomeInput {
  level: Level;
  dossierAward: AwardFacts;
  awards: ReadonlyMap<string, AwardFacts>;
  /** Levels with a unit valid today on the dossier's chain: where a lifted award can be granted. */
  chainLevels: readonly Level[];
  /** YYYY-MM-DD, for awards no longer proposed. */
  today: string;
  /** The dossier's lines, in list order. */
  nominees: readonly PlanNominee[];
  /** Every outcome already stored for the dossier. */
  recorded: readonly RecordedNomineeOutcome[];
  /** Whether this step moves the dossier on; a council vote under the threshold does not. */
  movesOn: boolean;
  /** An appraisal's, forward's or decision's explicit results. */
  decisions?: readonly NomineeDecision[];
  /** A council's vote: the list's common figures and, when it voted line by line, each line's count. */
  council?: { members: number; present: number; votesFor: number; nominees?: readonly NomineeVoteEntry[] };
}

/** One line's council vote, as the minutes show it. */
export interface PlannedVote {
  nomineeId: string;
  votesFor: number;
  members: number;
  present: number;
  /** The threshold of the award the line was voted for (a lifted award's own). */
  thresholdPercent: number;
  passed: boolean;
  /** False when the council voted the list as a whole and this line took the common count. */
  byNominee: boolean;
}

export interface LevelOutcomePlan {
  /** Every line's outcome at this level after the step, in list order; lines dropped earlier are left out. */
  settled: RecordedNomineeOutcome[];
  /** The subset of `settled` that is new or differs from what was stored; `explicit` = named in the step's data. */
  changes: Array<RecordedNomineeOutcome & { explicit: boolean }>;
  votes: PlannedVote[];
}

export const NOMINEE_OUTCOME_PROBLEM_CODES = [
  'NOMINEE_NOT_IN_DOSSIER',
  'NOMINEE_LISTED_TWICE',
  'NOMINEE_ALREADY_DROPPED',
  'NOMINEE_DROP_REASON_REQUIRED',
  'NOMINEE_AWARD_WITHOUT_LIFT',
  'NOMINEE_LIFT_AWARD_REQUIRED',
  'NOMINEE_LIFT_AWARD_UNKNOWN',
  'NOMINEE_LIFT_NOT_HIGHER',
  'NOMINEE_LIFT_NOT_ELIGIBLE',
  'NOMINEE_LIFT_AWARD_UNAVAILABLE',
  'COUNCIL_VOTES_INCONSISTENT',
  'ALL_NOMINEES_DROPPED',
] as const;
export type NomineeOutcomeProblemCode = (typeof NOMINEE_OUTCOME_PROBLEM_CODES)[number];

export interface NomineeOutcomeProblem {
  code: NomineeOutcomeProblemCode;
  message: string;
  /** The lines concerned (for an unknown line, the id as sent). */
  nomineeIds: string[];
}

export type LevelOutcomeResult = { ok: true; plan: LevelOutcomePlan } | { ok: false; problem: NomineeOutcomeProblem };

type Standing = Pick<RecordedNomineeOutcome, 'status' | 'reason' | 'toAwardCode'>;

interface LineHistory {
  /** This level's outcome, set by an earlier step of the same level (appraisal before council…). */
  here?: RecordedNomineeOutcome;
  /** The outcome of the nearest level below. */
  below?: RecordedNomineeOutcome;
  dropped: boolean;
}

/**
 * Settles every line of the list at one level for one step: explicit results win, a council
 * vote drops the lines under their award's threshold, and the rest keep what they had here or
 * carry up what they had below (approved, or lifted with its award). Pure: refusals come back
 * as a problem with a stable code, and nothing is half-applied.
 */
export function planLevelOutcomes(input: LevelOutcomeInput): LevelOutcomeResult {
  const nominees = new Map(input.nominees.map((nominee) => [nominee.id, nominee]));
  const histories = historiesAt(input.level, input.recorded);
  const problems = new ProblemCollector(nominees);
  const entries: ReadonlyArray<{ nomineeId: string }> = input.decisions ?? input.council?.nominees ?? [];
  checkEntries(entries, nominees, histories, problems);
  for (const decision of input.decisions ?? []) {
    const nominee = nominees.get(decision.nomineeId);
    if (nominee) checkDecision(input, nominee, decision, problems);
  }
  const first = problems.first();
  if (first) return { ok: false, problem: first };

  const decisions = new Map((input.decisions ?? []).map((decision) => [decision.nomineeId, decision]));
  const counts = new Map((input.council?.nominees ?? []).map((vote) => [vote.nomineeId, vote.votesFor]));
  const plan: LevelOutcomePlan = { settled: [], changes: [], votes: [] };
  for (const nominee of input.nominees) {
    const history = histories.get(nominee.id) ?? { dropped: false };
    if (history.dropped) continue; // not carried upward
    const standing = history.here ?? carried(history.below);
    const decision = decisions.get(nominee.id);
    let next: Standing;
    if (decision) {
      next = {
        status: decision.status,
        reason: decision.reason?.trim() || null,
        toAwardCode: decision.status === 'lifted' ? (decision.toAwardCode ?? null) : null,
      };
    } else if (input.council) {
      const voted = councilOutcome(input, input.council, nominee, standing, counts.get(nominee.id));
      if ('problem' in voted) {
        problems.add('COUNCIL_VOTES_INCONSISTENT', nominee.id);
        continue;
      }
      next = voted.next;
      plan.votes.push(voted.vote);
    } else {
      next = standing;
    }
    const outcome: RecordedNomineeOutcome = { nomineeId: nominee.id, level: input.level, ...next };
    plan.settled.push(outcome);
    if (!history.here || !sameStanding(history.here, outcome)) plan.changes.push({ ...outcome, explicit: decision !== undefined || counts.has(nominee.id) });
  }
  const inconsistent = problems.first();
  if (inconsistent) return { ok: false, problem: inconsistent };
  if (input.movesOn && input.nominees.length > 0 && plan.settled.every((outcome) => outcome.status === 'dropped')) {
    return { ok: false, problem: problems.describe('ALL_NOMINEES_DROPPED', []) };
  }
  return { ok: true, plan };
}

function historiesAt(level: Level, recorded: readonly RecordedNomineeOutcome[]): Map<string, LineHistory> {
  const rank = levelRank(level);
  const histories = new Map<string, LineHistory>();
  for (const outcome of recorded) {
    const outcomeRank = levelRank(outcome.level);
    if (outcomeRank < rank) continue; // a level above has not acted yet in any chain we run
    const history = histories.get(outcome.nomineeId) ?? { dropped: false };
    if (outcomeRank === rank) history.here = outcome;
    else if (!history.below || outcomeRank < levelRank(history.below.level)) history.below = outcome;
    if (outcome.status === 'dropped') history.dropped = true;
    histories.set(outcome.nomineeId, history);
  }
  return histories;
}

/** What a line carries up from below when this level says nothing about it. */
function carried(below: RecordedNomineeOutcome | undefined): Standing {
  if (below?.status === 'lifted') return { status: 'lifted', reason: null, toAwardCode: below.toAwardCode };
  return { status: 'approved', reason: null, toAwardCode: null };
}

function sameStanding(a: Standing, b: Standing): boolean {
  return a.status === b.status && a.reason === b.reason && a.toAwardCode === b.toAwardCode;
}

function checkEntries(entries: ReadonlyArray<{ nomineeId: string }>, nominees: Map<string, PlanNominee>, histories: Map<string, LineHistory>, problems: ProblemCollector): void {
  const seen = new Set<string>();
  for (const { nomineeId } of entries) {
    if (!nominees.has(nomineeId)) problems.add('NOMINEE_NOT_IN_DOSSIER', nomineeId);
    else if (seen.has(nomineeId)) problems.add('NOMINEE_LISTED_TWICE', nomineeId);
    else if (histories.get(nomineeId)?.dropped) problems.add('NOMINEE_ALREADY_DROPPED', nomineeId);
    seen.add(nomineeId);
  }
}

function checkDecision(input: LevelOutcomeInput, nominee: PlanNominee, decision: NomineeDecision, problems: ProblemCollector): void {
  if (decision.status === 'dropped' && !decision.reason?.trim()) problems.add('NOMINEE_DROP_REASON_REQUIRED', nominee.id);
  if (decision.status !== 'lifted') {
    if (decision.toAwardCode !== undefined) problems.add('NOMINEE_AWARD_WITHOUT_LIFT', nominee.id);
    return;
  }
  if (!decision.toAwardCode) return problems.add('NOMINEE_LIFT_AWARD_REQUIRED', nominee.id);
  const award = input.awards.get(decision.toAwardCode);
  if (!award) return problems.add('NOMINEE_LIFT_AWARD_UNKNOWN', nominee.id, decision.toAwardCode);
  // A lift goes to an award a higher level grants: same-level titles are a different proposal.
  if (levelRank(award.grantingLevel) >= levelRank(input.dossierAward.grantingLevel)) return problems.add('NOMINEE_LIFT_NOT_HIGHER', nominee.id, award.name);
  if (!award.subjectTypes.includes(nominee.kind)) return problems.add('NOMINEE_LIFT_NOT_ELIGIBLE', nominee.id, award.name);
  if ((award.validTo !== null && award.validTo < input.today) || !input.chainLevels.includes(award.grantingLevel)) {
    problems.add('NOMINEE_LIFT_AWARD_UNAVAILABLE', nominee.id, award.name);
  }
}

/**
 * A line's council result. The line is voted for the award it stands for now (a lifted
 * award's threshold); a lift the council does not carry falls back to the dossier's award
 * when the count reaches that one. Without a count of its own, a line takes the common count,
 * which the chain's gateway has already judged for the dossier's award (`movesOn`).
 */
function councilOutcome(
  input: LevelOutcomeInput,
  council: NonNullable<LevelOutcomeInput['council']>,
  nominee: PlanNominee,
  standing: Standing,
  ownCount: number | undefined,
): { next: Standing; vote: PlannedVote } | { problem: true } {
  const votesFor = ownCount ?? council.votesFor;
  const { members, present } = council;
  const lifted = standing.status === 'lifted' && standing.toAwardCode ? input.awards.get(standing.toAwardCode) : undefined;
  const award = lifted ?? input.dossierAward;
  const passesDossierAward = ownCount === undefined ? input.movesOn : councilVotePasses(votesFor, members, input.dossierAward.councilThresholdPercent);
  const passesOwnAward = lifted ? councilVotePasses(votesFor, members, lifted.councilThresholdPercent) : passesDossierAward;
  const vote = (passed: boolean): PlannedVote => ({ nomineeId: nominee.id, votesFor, members, present, thresholdPercent: award.councilThresholdPercent, passed, byNominee: ownCount !== undefined });
  if (!input.movesOn) {
    // The list as a whole fell under the threshold and the chain stops: a line that reached it contradicts that.
    if (ownCount !== undefined && (passesDossierAward || passesOwnAward)) return { problem: true };
    return { next: { status: 'dropped', reason: voteShortfallReason(votesFor, members), toAwardCode: null }, vote: vote(false) };
  }
  if (passesOwnAward) return { next: standing, vote: vote(true) };
  if (lifted && passesDossierAward) {
    return { next: { status: 'approved', reason: voteShortfallReason(votesFor, members, lifted.name), toAwardCode: null }, vote: vote(false) };
  }
  return { next: { status: 'dropped', reason: voteShortfallReason(votesFor, members), toAwardCode: null }, vote: vote(false) };
}

const MESSAGES: Record<NomineeOutcomeProblemCode, (names: string, details: string) => string> = {
  NOMINEE_NOT_IN_DOSSIER: (names) => `Không có đối tượng ${names} trong danh sách của hồ sơ này`,
  NOMINEE_LISTED_TWICE: (names) => `Mỗi đối tượng chỉ ghi một kết quả; bị ghi trùng: ${names}`,
  NOMINEE_ALREADY_DROPPED: (names) => `${names} đã không được đề nghị ở cấp dưới hoặc ở bước trước nên không được xét tiếp`,
  NOMINEE_DROP_REASON_REQUIRED: (names) => `Cần ghi lý do không đề nghị đối với: ${names}`,
  NOMINEE_AWARD_WITHOUT_LIFT: (names) => `Chỉ ghi hình thức khen thưởng (toAwardCode) khi đề nghị nâng mức; đối tượng: ${names}`,
  NOMINEE_LIFT_AWARD_REQUIRED: (names) => `Cần chọn hình thức khen thưởng cao hơn khi đề nghị nâng mức đối với: ${names}`,
  NOMINEE_LIFT_AWARD_UNKNOWN: (names, details) => `Không có hình thức khen thưởng mã ${details} (đối tượng: ${names})`,
  NOMINEE_LIFT_NOT_HIGHER: (names, details) => `${details} không do cấp cao hơn cấp khen thưởng của hồ sơ quyết định, nên không phải là nâng mức (đối tượng: ${names})`,
  NOMINEE_LIFT_NOT_ELIGIBLE: (names, details) => `${details} không xét tặng cho loại đối tượng của ${names}`,
  NOMINEE_LIFT_AWARD_UNAVAILABLE: (names, details) => `${details} không còn được đề nghị hoặc chuỗi đơn vị của hồ sơ không có cấp khen thưởng này (đối tượng: ${names})`,
  COUNCIL_VOTES_INCONSISTENT: (names) => `Số phiếu chung không đạt tỷ lệ nhưng ${names} đạt tỷ lệ phiếu bầu; số phiếu chung phải khớp kết quả từng đối tượng`,
  ALL_NOMINEES_DROPPED: () => 'Không thể chuyển hồ sơ đi tiếp khi không còn đối tượng nào được đề nghị; hãy chọn "Không chấp thuận" và ghi rõ lý do',
};

const NAMES_SHOWN = 10;

/** Gathers problems by code; the first code (in the order above) is the one reported, with all its lines. */
class ProblemCollector {
  private readonly found = new Map<NomineeOutcomeProblemCode, { ids: string[]; details: Set<string> }>();

  constructor(private readonly nominees: Map<string, PlanNominee>) {}

  add(code: NomineeOutcomeProblemCode, nomineeId: string, detail?: string): void {
    const entry = this.found.get(code) ?? { ids: [], details: new Set<string>() };
    if (!entry.ids.includes(nomineeId)) entry.ids.push(nomineeId);
    if (detail) entry.details.add(detail);
    this.found.set(code, entry);
  }

  first(): NomineeOutcomeProblem | undefined {
    const code = NOMINEE_OUTCOME_PROBLEM_CODES.find((candidate) => this.found.has(candidate));
    return code ? this.describe(code, this.found.get(code)?.ids ?? []) : undefined;
  }

  describe(code: NomineeOutcomeProblemCode, ids: string[]): NomineeOutcomeProblem {
    const shown = ids.slice(0, NAMES_SHOWN).map((id) => this.nominees.get(id)?.fullName ?? id);
    const more = ids.length > NAMES_SHOWN ? ` và ${ids.length - NAMES_SHOWN} đối tượng khác` : '';
    const details = [...(this.found.get(code)?.details ?? [])].join(', ');
    return { code, message: MESSAGES[code](`${shown.join(', ')}${more}`, details), nomineeIds: ids };
  }
}

