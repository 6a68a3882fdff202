import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  LIST_SETTLING_OUTCOMES,
  isLevel,
  planLevelOutcomes,
  type AwardFacts,
  type Level,
  type LevelOutcomePlan,
  type NomineeDecision,
  type NomineeVoteEntry,
  type PlanNominee,
  type RecordedNomineeOutcome,
} from '@vinh-danh/domain';
import { insertEntities } from '../../../database/entity-sql';
import { AuditLog } from '../../audit/audit-log';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { LocalitiesService } from '../../localities/localities.service';
import { isValidOn } from '../../localities/views/locality-view';
import type { TaskEntity } from '../../tasks/entities/task.entity';
import type { DossierEntity } from '../entities/dossier.entity';
import { NomineeOutcomeEntity } from './entities/nominee-outcome.entity';
import { NomineeVoteEntity } from './entities/nominee-vote.entity';
import { FollowUpDossiers } from './follow-up-dossiers';
import { NomineeOutcomeRefusedError, NomineeOutcomesNotApplicableError } from './nominee-outcomes.errors';

/** One completed step, as CompleteTaskUseCase has just written it (dossier status after the step). */
export interface CompletedStep {
  task: TaskEntity;
  dossier: DossierEntity;
  outcome: string;
  data: Record<string, unknown>;
  user: AuthenticatedUser;
  now: Date;
}

const COUNCIL_FORM_KEY = 'vd:council-vote';
/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters. */
const CHUNK = 1000;

/**
 * Settles each line of the list at the step's level, inside the completion's transaction:
 * explicit results from `data.nominees`, the council's per-line votes, implicit approval of
 * the rest; then, when the step granted the dossier's award, files the lifted lines upward as
 * follow-up dossiers. A refusal throws, so the whole completion rolls back and nothing is written.
 */
@Injectable()
export class NomineeOutcomeRecorder {
  constructor(
    private readonly audit: AuditLog,
    private readonly localities: LocalitiesService,
    private readonly followUps: FollowUpDossiers,
  ) {}

  async record(manager: EntityManager, step: CompletedStep): Promise<void> {
    const { task, dossier, outcome, data } = step;
    const council = task.formKey === COUNCIL_FORM_KEY;
    // Return and reject say nothing per line: a return is not a verdict, a reject ends the whole dossier.
    if (!council && !LIST_SETTLING_OUTCOMES.includes(outcome)) {
      if (data['nominees'] !== undefined) throw new NomineeOutcomesNotApplicableError(outcome);
      return;
    }
    if (!isLevel(task.level)) return; // a model without vd:level has no level to record at
    const level: Level = task.level;
    const { nominees, awards, recorded } = await readSettlingFacts(manager, dossier.id);
    if (nominees.length === 0) return;
    const dossierAward = awards.get(dossier.awardTypeCode);
    if (!dossierAward) return; // award rows are never deleted; nothing sensible to judge against
    const today = step.now.toISOString().slice(0, 10);
    const decisions = council ? undefined : (data['nominees'] as NomineeDecision[] | undefined);
    const result = planLevelOutcomes({
      level,
      dossierAward,
      awards,
      chainLevels: decisions?.some((decision) => decision.status === 'lifted') ? await this.chainLevels(manager, dossier.localityId, today) : [],
      today,
      nominees,
      recorded,
      movesOn: dossier.status === 'in_progress' || dossier.result === 'granted' || dossier.result === 'submitted',
      decisions,
      council: council
        ? { members: Number(data['members']), present: Number(data['present']), votesFor: Number(data['votesFor']), nominees: data['nominees'] as NomineeVoteEntry[] | undefined }
        : undefined,
    });
    if (!result.ok) throw new NomineeOutcomeRefusedError(result.problem);
    await this.write(manager, step, level, result.plan);
    const lifted = result.plan.settled.filter((settled) => settled.status === 'lifted');
    if (dossier.result === 'granted' && lifted.length > 0) {
      await this.followUps.file(manager, { origin: dossier, lifted, task, user: step.user, now: step.now, awards });
    }
  }

  private async write(manager: EntityManager, step: CompletedStep, level: Level, plan: LevelOutcomePlan): Promise<void> {
    const { task, dossier, user, now } = step;
    const outcomes = plan.changes.map((change) => ({
      id: randomUUID(),
      dossierId: dossier.id,
      nomineeId: change.nomineeId,
      level,
      status: change.status,
      reason: change.reason,
      liftedToAwardCode: change.toAwardCode,
      taskId: task.id,
      decidedBy: user.id,
      decidedAt: now,
    }));
    for (let i = 0; i < outcomes.length; i += CHUNK) {
      await insertEntities(manager, NomineeOutcomeEntity, outcomes.slice(i, i + CHUNK), {
        keys: ['nomineeId', 'level'],
        update: ['status', 'reason', 'liftedToAwardCode', 'taskId', 'decidedBy', 'decidedAt'],
      });
    }
    const votes = plan.votes.map((vote) => ({ id: randomUUID(), dossierId: dossier.id, level, taskId: task.id, recordedBy: user.id, recordedAt: now, ...vote }));
    for (let i = 0; i < votes.length; i += CHUNK) {
      await insertEntities(manager, NomineeVoteEntity, votes.slice(i, i + CHUNK), {
        keys: ['nomineeId', 'level'],
        update: ['taskId', 'members', 'present', 'votesFor', 'thresholdPercent', 'passed', 'byNominee', 'recordedBy', 'recordedAt'],
      });
    }
    if (outcomes.length === 0 && votes.length === 0) return;
    // Implicit approvals are counted, explicit results and every drop or lift listed.
    const listed = plan.changes.filter((change) => change.explicit || change.status !== 'approved');
    await this.audit.append(manager, [
      {
        dossierId: dossier.id,
        type: 'nominee.outcomes.recorded',
        actor: user.username,
        occurredAt: now,
        payload: {
          taskId: task.id,
          level,
          approved: plan.settled.filter((settled) => settled.status === 'approved').length,
          dropped: plan.settled.filter((settled) => settled.status === 'dropped').length,
          lifted: plan.settled.filter((settled) => settled.status === 'lifted').length,
          changes: listed.map((change) => ({ nomineeId: change.nomineeId, status: change.status, reason: change.reason, toAwardCode: change.toAwardCode })),
          ...(votes.length > 0 ? { votes: { recorded: votes.length, byNominee: votes.filter((vote) => vote.byNominee).length, passed: votes.filter((vote) => vote.passed).length } } : {}),
        },
      },
    ]);
  }

  /** Levels with a unit valid today on the dossier's chain: where a lifted award can be decided. */
  private async chainLevels(manager: EntityManager, localityId: string, today: string): Promise<Level[]> {
    const chain = await this.localities.ancestorsOrSelf(localityId, manager);
    return chain.filter((unit) => isValidOn(unit, today)).map((unit) => unit.level);
  }
}

interface SettlingFacts {
  nominees: PlanNominee[];
  awards: Map<string, AwardFacts>;
  recorded: RecordedNomineeOutcome[];
}

/**
 * The dossier's lines, every award type, and what was recorded per line so far, in one
 * statement: a step settles lines at most levels of the chain, and each round trip costs
 * the api about as much as the three reads themselves.
 */
async function readSettlingFacts(manager: EntityManager, dossierId: string): Promise<SettlingFacts> {
  const [row] = (await manager.query(
    `SELECT
       (SELECT coalesce(json_agg(json_build_object('id', n.id, 'kind', n.kind, 'fullName', n.full_name) ORDER BY n.position), '[]')
          FROM nominees n WHERE n.dossier_id = $1) AS nominees,
       (SELECT coalesce(json_agg(json_build_object('code', a.code, 'name', a.name, 'grantingLevel', a.granting_level, 'subjectTypes', a.subject_types,
                                                   'councilThresholdPercent', a.council_threshold_percent, 'validTo', a.valid_to)), '[]')
          FROM award_types a) AS awards,
       (SELECT coalesce(json_agg(json_build_object('nomineeId', o.nominee_id, 'level', o.level, 'status', o.status, 'reason', o.reason, 'toAwardCode', o.lifted_to_award_code)), '[]')
          FROM nominee_outcomes o WHERE o.dossier_id = $1) AS recorded`,
    [dossierId],
  )) as Array<{ nominees: PlanNominee[]; awards: AwardFacts[]; recorded: RecordedNomineeOutcome[] }>;
  return { nominees: row?.nominees ?? [], awards: new Map((row?.awards ?? []).map((award) => [award.code, award])), recorded: row?.recorded ?? [] };
}
