import type { Level } from '@vinh-danh/domain';

/** The variables the api sets when a dossier's process starts. */
export interface StartVariables {
  dossierId: string;
  awardTypeCode: string;
  grantingLevel: Level;
  councilThresholdPercent: number;
  /** Level of the unit that filed the dossier: where it enters the chain. */
  originLevel?: Level;
  [name: string]: unknown;
}

let dossierSequence = 0;

/** The end instant the api gives a unit with no end date. */
export const OPEN_ENDED = '9999-12-31T00:00:00.000Z';

export function startVariables(overrides: Partial<StartVariables> = {}): StartVariables {
  dossierSequence += 1;
  return {
    dossierId: `HS-2024-${String(dossierSequence).padStart(4, '0')}`,
    awardTypeCode: 'GIAY_KHEN_CHU_TICH_UBND_HUYEN',
    grantingLevel: 'district',
    councilThresholdPercent: 90,
    originLevel: 'commune',
    // What the api provides: nothing closed, the district in force with no end date.
    closedLevels: [],
    levelEndsAt: { district: OPEN_ENDED },
    ...overrides,
  };
}

export interface CouncilVote extends Record<string, unknown> {
  members: number;
  present: number;
  votesFor: number;
  votesAgainst?: number;
  meetingDate?: string;
}

/** Data of a council step (form vd:council-vote); by default all ten members vote for. */
export function councilVote(overrides: Partial<CouncilVote> = {}): CouncilVote {
  const members = overrides.members ?? 10;
  const present = overrides.present ?? members;
  const votesFor = overrides.votesFor ?? present;
  return {
    members,
    present,
    votesFor,
    votesAgainst: present - votesFor,
    meetingDate: '2024-03-15',
    ...overrides,
  };
}

/** Data of a decide step (form vd:decision). */
export function decision(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { documentNumber: '125/QĐ-UBND', signedOn: '2024-03-20', ...overrides };
}

/** The instant every test run starts at, so that timer due dates are exact. */
export const START_INSTANT = new Date('2024-03-04T01:00:00.000Z');
