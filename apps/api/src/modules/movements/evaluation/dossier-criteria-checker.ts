import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  checkQuota,
  criteriaValueProblems,
  evaluateNominee,
  subjectTypeOf,
  SUBJECT_TYPE_LABELS_VI,
  type AreaClass,
  type CriteriaAnswers,
  type CriterionIssue,
  type QuotaViolation,
  type SubjectType,
} from '@vinh-danh/domain';
import { Clock } from '../../../common/clock/clock';
import { subtreeCondition } from '../../access/access-policy';
import { AwardTypeEntity } from '../../award-types/entities/award-type.entity';
import type { DossierEntity } from '../../dossiers/entities/dossier.entity';
import { NomineeEntity } from '../../dossiers/entities/nominee.entity';
import type { LocalityEntity } from '../../localities/entities/locality.entity';
import { LocalitiesService } from '../../localities/localities.service';
import { MovementEntity } from '../entities/movement.entity';
import { CriteriaNotMetError, CriteriaValuesInvalidError, MovementNotFoundError, QuotaExceededError, QuotaNotMetError, type NomineeIssues } from '../movements.errors';

export interface NomineeEvaluation {
  nomineeId: string;
  position: number;
  fullName: string;
  kind: string;
  subjectType: SubjectType | null;
  errors: CriterionIssue[];
  warnings: CriterionIssue[];
}

export interface DossierEvaluation {
  dossierId: string;
  awardTypeCode: string;
  movementId: string | null;
  /** False when the dossier names no movement: there are no criteria to check. */
  criteriaChecked: boolean;
  /** Criteria kept for the final review (tổng kết) apply only from the final review's year. */
  atFinalReview: boolean;
  /** The area class thresholds were read for: the nearest classified unit of the dossier's chain. */
  areaClass: AreaClass | null;
  ok: boolean;
  nominees: NomineeEvaluation[];
  quotas: QuotaViolation[];
}

/** A list line as the create request carries it. */
export interface NewListLine {
  kind: string;
  subjectType?: SubjectType;
  fullName: string;
  criteria?: CriteriaAnswers;
}

/** Dossiers that count toward a quota: on their way up, or granted; not refused, withdrawn or expired ones. */
const COUNTED = `(d.status = 'in_progress' OR (d.status = 'closed' AND d.result IN ('granted', 'submitted')))`;

/**
 * Evaluates a dossier's list against its movement's criteria and quotas and its award
 * type's subject types, live (for the clerk) and at submit (where errors refuse it).
 */
@Injectable()
export class DossierCriteriaChecker {
  constructor(
    private readonly localities: LocalitiesService,
    private readonly clock: Clock,
  ) {}

  /** At create: the movement exists, and each line's values name its criteria with the right types. */
  async checkNewList(manager: EntityManager, movementId: string | undefined, lines: NewListLine[]): Promise<void> {
    if (!movementId) return;
    const movement = await this.movement(manager, movementId);
    const invalid: NomineeIssues[] = [];
    lines.forEach((line, index) => {
      const subjectType = subjectTypeOf(line.kind, line.subjectType);
      if (!subjectType || !line.criteria) return;
      const problems = criteriaValueProblems(line.criteria, movement.criteria, subjectType);
      if (problems.length > 0) invalid.push({ position: index + 1, fullName: line.fullName, errors: problems });
    });
    if (invalid.length > 0) throw new CriteriaValuesInvalidError(invalid);
  }

  async evaluate(manager: EntityManager, dossier: DossierEntity): Promise<DossierEvaluation> {
    const awardType = await manager.getRepository(AwardTypeEntity).findOneByOrFail({ code: dossier.awardTypeCode });
    const nominees = await manager.getRepository(NomineeEntity).find({ where: { dossierId: dossier.id }, order: { position: 'ASC' } });
    const movement = dossier.movementId ? await manager.getRepository(MovementEntity).findOneBy({ id: dossier.movementId }) : null;
    const chain = await this.localities.ancestorsOrSelf(dossier.localityId, manager);
    const areaClass = chain.find((unit) => unit.areaClass)?.areaClass ?? null;
    const atFinalReview = !movement?.finalReviewOn || this.clock.now().toISOString().slice(0, 10) >= `${movement.finalReviewOn.slice(0, 4)}-01-01`;

    const evaluations = nominees.map((nominee): NomineeEvaluation => {
      const subjectType = subjectTypeOf(nominee.kind, nominee.subjectType) ?? null;
      const result = movement && subjectType ? evaluateNominee(nominee.criteria, movement.criteria, { subjectType, areaClass, atFinalReview }) : { errors: [], warnings: [] };
      const errors = [...result.errors];
      if (!awardType.subjectTypes.includes(nominee.kind)) {
        errors.unshift({ criterion: 'awardType', code: 'NOT_ELIGIBLE_FOR_AWARD', message: `${awardType.name} không xét tặng cho đối tượng: ${SUBJECT_TYPE_LABELS_VI[subjectType ?? 'collective']}` });
      }
      return { nomineeId: nominee.id, position: nominee.position, fullName: nominee.fullName, kind: nominee.kind, subjectType, errors, warnings: result.warnings };
    });
    const quotas = movement ? await this.quotaViolations(manager, dossier, movement, nominees, chain) : [];
    return {
      dossierId: dossier.id,
      awardTypeCode: awardType.code,
      movementId: movement?.id ?? null,
      criteriaChecked: Boolean(movement),
      atFinalReview,
      areaClass,
      ok: evaluations.every((nominee) => nominee.errors.length === 0) && quotas.length === 0,
      nominees: evaluations,
      quotas,
    };
  }

  /**
   * At submit, inside its transaction: any error refuses the list (422) and, the caller's
   * transaction being rolled back, nothing is written. A dossier with no movement is not
   * criteria-checked. Warnings never block.
   */
  async assertSubmittable(manager: EntityManager, dossier: DossierEntity): Promise<void> {
    if (!dossier.movementId) return;
    // Two lists of one movement submitted at once must not both fit the last quota place.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`quota:${dossier.movementId}`]);
    const evaluation = await this.evaluate(manager, dossier);
    const failing = evaluation.nominees.filter((nominee) => nominee.errors.length > 0);
    if (failing.length > 0) {
      throw new CriteriaNotMetError(failing.map(({ nomineeId, position, fullName, errors }) => ({ nomineeId, position, fullName, errors })));
    }
    const over = evaluation.quotas.filter((violation) => violation.kind === 'over');
    if (over.length > 0) throw new QuotaExceededError(over);
    if (evaluation.quotas.length > 0) throw new QuotaNotMetError(evaluation.quotas);
  }

  private async movement(manager: EntityManager, id: string): Promise<MovementEntity> {
    const found = /^[0-9a-f-]{36}$/i.test(id) ? await manager.getRepository(MovementEntity).findOneBy({ id }) : null;
    if (!found) throw new MovementNotFoundError(id);
    return found;
  }

  /**
   * Each quota is kept for the unit of its tier on the dossier's chain (the commune for "one
   * village per commune"), counting this list with the other lists of the movement already
   * sent up from that unit's subtree. A list filed above the quota's tier, or adding no line
   * of its subject type, is not held to it. The minimum applies to the unit's own list only.
   */
  private async quotaViolations(manager: EntityManager, dossier: DossierEntity, movement: MovementEntity, nominees: NomineeEntity[], chain: LocalityEntity[]): Promise<QuotaViolation[]> {
    const violations: QuotaViolation[] = [];
    for (const quota of movement.quotas) {
      const unit = chain.find((candidate) => candidate.level === quota.per);
      if (!unit) continue;
      const mine = nominees.filter((nominee) => subjectTypeOf(nominee.kind, nominee.subjectType) === quota.subjectType).length;
      if (mine === 0) continue;
      const [{ others }] = await manager.query(
        `SELECT count(*)::int AS others FROM nominees n JOIN dossiers d ON d.id = n.dossier_id
          WHERE d.movement_id = $1 AND d.id <> $2 AND ${COUNTED}
            AND COALESCE(n.subject_type, n.kind) = $3 AND ${subtreeCondition('d.locality_id', '$4')}`,
        [movement.id, dossier.id, quota.subjectType, [unit.id]],
      );
      const entries = Array.from({ length: mine + Number(others) }, () => ({ subjectType: quota.subjectType, unitId: unit.id }));
      violations.push(...checkQuota(entries, quota, { complete: unit.id === dossier.localityId, unitNames: { [unit.id]: unit.name } }));
    }
    return violations;
  }
}

/** Criteria values as stored: evidence notes in NFC, blank entries dropped. */
export function normalizedCriteria(values: CriteriaAnswers | undefined): CriteriaAnswers {
  const stored: CriteriaAnswers = {};
  for (const [code, entry] of Object.entries(values ?? {})) {
    if (!entry) continue;
    const evidence = entry.evidence?.map((item) => item.normalize('NFC'));
    stored[code] = { ...(entry.value !== undefined && entry.value !== null ? { value: entry.value } : {}), ...(evidence ? { evidence } : {}) };
  }
  return stored;
}
