import type { AuditEventEntity } from '../../audit/entities/audit-event.entity';
import type { TaskView } from '../../tasks/views/task-view';
import type { FollowUpView, NomineeOutcomeFields } from '../outcomes/dossier-outcomes.view';
import type { CouncilVotes } from '../outcomes/nominee-outcomes.reader';
import type { DossierEntity } from '../entities/dossier.entity';
import type { NomineeEntity } from '../entities/nominee.entity';

export interface DossierSummaryView {
  id: string;
  code: string;
  title: string;
  awardTypeCode: string;
  localityId: string;
  movementId: string | null;
  status: string;
  result: string | null;
  resultLabel: string | null;
  processKey: string | null;
  /** The dossier whose decision lifted these nominees (a follow-up filed upward); null otherwise. */
  originDossierId: string | null;
  createdAt: string;
  submittedAt: string | null;
  closedAt: string | null;
}

export interface DossierDetailView extends DossierSummaryView {
  /** Each line with its outcome at every level, lowest first (`outcomes`), and the award it stands for now. */
  nominees: Array<Pick<NomineeEntity, 'id' | 'position' | 'kind' | 'fullName' | 'title' | 'achievements' | 'subjectType' | 'criteria'> & NomineeOutcomeFields>;
  /** Council meetings on the list, lowest level first, with each line's votes. */
  councilVotes: CouncilVotes[];
  /** Follow-up dossiers filed upward for lifted lines. */
  followUps: FollowUpView[];
  tasks: TaskView[];
  history: { verified: boolean; events: Array<{ id: string; type: string; actor: string; occurredAt: string; payload: Record<string, unknown> }> };
}

/** `GET /api/dossiers/{id}/history`: the same timeline as the detail's `history`. */
export interface DossierHistoryView {
  dossierId: string;
  verified: boolean;
  events: DossierDetailView['history']['events'];
}

export function toDossierSummary(dossier: DossierEntity): DossierSummaryView {
  return {
    id: dossier.id,
    code: dossier.code,
    title: dossier.title,
    awardTypeCode: dossier.awardTypeCode,
    localityId: dossier.localityId,
    movementId: dossier.movementId,
    status: dossier.status,
    result: dossier.result,
    resultLabel: dossier.resultLabel,
    processKey: dossier.processKey,
    originDossierId: dossier.originDossierId ?? null,
    createdAt: iso(dossier.createdAt),
    submittedAt: dossier.submittedAt ? iso(dossier.submittedAt) : null,
    closedAt: dossier.closedAt ? iso(dossier.closedAt) : null,
  };
}

export function toHistoryEvent(event: AuditEventEntity): DossierDetailView['history']['events'][number] {
  return { id: String(event.id), type: event.type, actor: event.actor, occurredAt: iso(event.occurredAt), payload: event.payload };
}

function iso(value: Date | string): string {
  return new Date(value).toISOString();
}
