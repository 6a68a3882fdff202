import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { AwardFacts, RecordedNomineeOutcome } from '@vinh-danh/domain';
import { AuditLog } from '../../audit/audit-log';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import type { TaskEntity } from '../../tasks/entities/task.entity';
import { DossierEntity } from '../entities/dossier.entity';
import { NomineeEntity } from '../entities/nominee.entity';
import { insertDraftDossier } from '../drafts/insert-draft-dossier';

export interface FollowUpRequest {
  /** The dossier whose award was just granted. */
  origin: DossierEntity;
  /** Its lines lifted to a higher award, as settled at the deciding level. */
  lifted: RecordedNomineeOutcome[];
  /** The deciding step: its unit files the follow-up. */
  task: TaskEntity;
  user: AuthenticatedUser;
  now: Date;
  awards: ReadonlyMap<string, AwardFacts>;
}

/**
 * When a level grants a dossier's award and some lines were lifted to a higher one, that
 * level's unit proposes them upward: one follow-up dossier per lifted award, linked to its
 * origin (`origin_dossier_id`, and each line to the line it copies), with the lines' criteria.
 *
 * Left in draft, not submitted: a proposal to a higher level is a new submission letter
 * signed by this level, the higher award asks for its own documents (and, for state awards,
 * public posting), and its criteria and quotas are checked at submit. The clerk of the
 * deciding unit reviews it and submits it like any dossier.
 */
@Injectable()
export class FollowUpDossiers {
  constructor(private readonly audit: AuditLog) {}

  async file(manager: EntityManager, request: FollowUpRequest): Promise<DossierEntity[]> {
    const { origin, task, user, now } = request;
    const byAward = new Map<string, string[]>();
    for (const line of request.lifted) {
      if (!line.toAwardCode) continue;
      byAward.set(line.toAwardCode, [...(byAward.get(line.toAwardCode) ?? []), line.nomineeId]);
    }
    const sources = await manager.getRepository(NomineeEntity).find({ where: { dossierId: origin.id, id: In(request.lifted.map((line) => line.nomineeId)) }, order: { position: 'ASC' } });
    const filed: DossierEntity[] = [];
    for (const [awardCode, nomineeIds] of byAward) {
      const award = request.awards.get(awardCode);
      const dossier = await insertDraftDossier(
        manager,
        {
          title: `Đề nghị tặng ${award?.name ?? awardCode} (nâng mức khen thưởng từ hồ sơ ${origin.code})`.slice(0, 500),
          awardTypeCode: awardCode,
          localityId: task.localityId,
          movementId: origin.movementId,
          createdBy: user.id,
          originDossierId: origin.id,
        },
        now,
      );
      const lines = sources.filter((source) => nomineeIds.includes(source.id));
      await manager.getRepository(NomineeEntity).insert(
        lines.map((source, index) => ({
          id: randomUUID(),
          dossierId: dossier.id,
          position: index + 1,
          kind: source.kind,
          fullName: source.fullName,
          title: source.title,
          achievements: source.achievements,
          subjectType: source.subjectType,
          criteria: source.criteria,
          originNomineeId: source.id,
        })),
      );
      await this.audit.append(manager, [
        {
          dossierId: dossier.id,
          type: 'dossier.created',
          actor: user.username,
          occurredAt: now,
          payload: { code: dossier.code, title: dossier.title, awardTypeCode: awardCode, nominees: lines.length, originDossierId: origin.id, originDossierCode: origin.code },
        },
        {
          dossierId: origin.id,
          type: 'dossier.follow-up.filed',
          actor: user.username,
          occurredAt: now,
          payload: { followUpDossierId: dossier.id, code: dossier.code, awardTypeCode: awardCode, localityId: task.localityId, nomineeIds: lines.map((line) => line.id) },
        },
      ]);
      filed.push(dossier);
    }
    return filed;
  }
}
