import { LEVEL_LABELS_VI, type Level } from '../levels/level';

/**
 * Each line of a list has its own outcome at every level the dossier passes: approved,
 * dropped (with a reason; not carried further up) or lifted to a higher award (carried up
 * under that award, and proposed on its own once the dossier's award is decided).
 */
export const NOMINEE_OUTCOME_STATUSES = ['approved', 'dropped', 'lifted'] as const;
export type NomineeOutcomeStatus = (typeof NOMINEE_OUTCOME_STATUSES)[number];

export const NOMINEE_OUTCOME_LABELS_VI: Readonly<Record<NomineeOutcomeStatus, string>> = {
  approved: 'Đồng ý',
  dropped: 'Không đề nghị',
  lifted: 'Đề nghị nâng mức khen thưởng',
};

/** One line's explicit result in `data.nominees` of an appraisal, forward or decision. */
export interface NomineeDecision {
  nomineeId: string;
  status: NomineeOutcomeStatus;
  reason?: string;
  toAwardCode?: string;
}

/** One line's count in `data.nominees` of a council vote. */
export interface NomineeVoteEntry {
  nomineeId: string;
  votesFor: number;
}

/** An outcome as stored: at most one per line and level. */
export interface RecordedNomineeOutcome {
  nomineeId: string;
  level: Level;
  status: NomineeOutcomeStatus;
  reason: string | null;
  toAwardCode: string | null;
}

/** "Huyện: Không đề nghị (lý do)", "Tỉnh: Đề nghị nâng mức khen thưởng: Bằng khen …". */
export function describeNomineeOutcome(outcome: Pick<RecordedNomineeOutcome, 'level' | 'status' | 'reason' | 'toAwardCode'>, awardName?: string): string {
  const level = LEVEL_LABELS_VI[outcome.level];
  const label = NOMINEE_OUTCOME_LABELS_VI[outcome.status];
  if (outcome.status === 'lifted') return `${level}: ${label}: ${awardName ?? outcome.toAwardCode ?? ''}`;
  if (outcome.status === 'dropped' && outcome.reason) return `${level}: ${label} (${outcome.reason})`;
  return `${level}: ${label}`;
}
