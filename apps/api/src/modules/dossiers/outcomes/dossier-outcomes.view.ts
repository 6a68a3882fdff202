import type { EntityManager } from 'typeorm';
import { DossierEntity } from '../entities/dossier.entity';
import { readCouncilVotes, readNomineeOutcomes, type CouncilVotes, type NomineeOutcomes } from './nominee-outcomes.reader';

/** What `GET /api/dossiers/{id}` adds to each nominee. */
export type NomineeOutcomeFields = Pick<NomineeOutcomes, 'outcomes' | 'previousOutcomes' | 'awardCode'>;

export interface FollowUpView {
  id: string;
  code: string;
  awardTypeCode: string;
  localityId: string;
  status: string;
}

export interface DossierOutcomes {
  fieldsOf(nomineeId: string, dossierAwardCode: string): NomineeOutcomeFields;
  councilVotes: CouncilVotes[];
  /** Dossiers filed upward for this one's lifted lines, those the reader may see. */
  followUps: FollowUpView[];
}

/** Outcomes, votes and follow-ups of one dossier for its detail view, read in the caller's transaction. */
export async function readDossierOutcomes(manager: EntityManager, dossierId: string, canRead: (localityId: string) => Promise<boolean>): Promise<DossierOutcomes> {
  const lines = new Map((await readNomineeOutcomes(manager, dossierId)).map((line) => [line.nomineeId, line]));
  const councilVotes = await readCouncilVotes(manager, dossierId);
  const children = await manager.getRepository(DossierEntity).find({ where: { originDossierId: dossierId }, order: { createdAt: 'ASC' } });
  const followUps: FollowUpView[] = [];
  for (const child of children) {
    if (await canRead(child.localityId)) followUps.push({ id: child.id, code: child.code, awardTypeCode: child.awardTypeCode, localityId: child.localityId, status: child.status });
  }
  return {
    fieldsOf: (nomineeId, dossierAwardCode) => {
      const line = lines.get(nomineeId);
      return { outcomes: line?.outcomes ?? [], previousOutcomes: line?.previousOutcomes ?? [], awardCode: line?.awardCode ?? dossierAwardCode };
    },
    councilVotes,
    followUps,
  };
}
