import type { CriteriaAnswers, Criterion, Level, SubjectType } from '@vinh-danh/domain';

/**
 * Everything the documents of one dossier are drawn from, read in one consistent snapshot:
 * the mapper turns it into libs/documents inputs without touching the database again.
 */
export interface SnapshotUnit {
  id: string;
  code: string;
  name: string;
  level: Level;
  areaClass: string | null;
}

export interface SnapshotNominee {
  id: string;
  position: number;
  kind: 'individual' | 'collective' | 'household' | 'enterprise';
  fullName: string;
  title: string | null;
  achievements: string | null;
  subjectType: SubjectType | null;
  criteria: CriteriaAnswers;
}

export interface SnapshotTask {
  id: string;
  elementId: string;
  name: string;
  level: string;
  localityId: string;
  candidateRole: string;
  formKey: string | null;
  status: 'open' | 'completed' | 'cancelled';
  outcome: string | null;
  data: Record<string, unknown> | null;
  comment: string | null;
  completedBy: string | null;
  createdAt: Date;
  completedAt: Date | null;
}

/** One recorded council vote: how many sat, and the "for" votes each nominee received. */
export interface CouncilRecord {
  taskId: string;
  level: Level;
  localityId: string;
  /** 'YYYY-MM-DD', the meeting day (the form's `meetingDate`, else the day it was recorded). */
  meetingDate: string;
  recordedAt: Date;
  recordedBy: string | null;
  members: number;
  present: number;
  /** "For" votes by nominee id; a nominee missing here was not voted on. */
  votesFor: Map<string, number>;
  /** Members by name where the record has them; otherwise the minutes list seats by number. */
  memberNames?: Array<{ name: string; role?: string; present: boolean }>;
}

/** What one level decided about one nominee (the libs/documents LevelOutcome, keyed by level code). */
export type NomineeLevelOutcome =
  | { level: Level; status: 'approved'; note?: string }
  | { level: Level; status: 'dropped'; reason: string }
  | { level: Level; status: 'lifted'; toAward: string; note?: string }
  | { level: Level; status: 'pending' };

export interface DossierSnapshot {
  dossier: {
    id: string;
    code: string;
    title: string;
    status: string;
    result: string | null;
    localityId: string;
    createdAt: Date;
    submittedAt: Date | null;
    closedAt: Date | null;
    resultLabel: string | null;
    /** Who submitted it (the first step's actor), for the issued tờ trình. */
    submittedBy: string | null;
  };
  awardType: { code: string; name: string; grantingLevel: Level; grantedBy: string; councilThresholdPercent: number; legalBasis: string | null };
  movement: { name: string; legalBasis: string | null; criteria: Criterion[] } | null;
  nominees: SnapshotNominee[];
  /** The dossier's unit and every unit above it, nearest first. */
  chain: SnapshotUnit[];
  /** Full name of the chairman of each unit on the chain (by unit id), where one is registered. */
  chairmen: Map<string, string>;
  /** Full names of the users who completed the dossier's tasks, by username. */
  people: Map<string, string>;
  /** The dossier's tasks in the order they were opened. */
  tasks: SnapshotTask[];
  councils: CouncilRecord[];
  /** Outcomes per nominee id, lowest level first. */
  outcomes: Map<string, NomineeLevelOutcome[]>;
  /** When the dossier last changed: the date and creation time of documents rendered live. */
  asOf: Date;
}
