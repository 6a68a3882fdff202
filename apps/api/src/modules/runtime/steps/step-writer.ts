import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { StepResult, WaitingTask } from '@vinh-danh/engine';
import { AuditLog, type AuditEntry } from '../../audit/audit-log';
import { DossierEntity } from '../../dossiers/entities/dossier.entity';
import { TaskEntity } from '../../tasks/entities/task.entity';
import { ProcessInstanceEntity } from '../entities/process-instance.entity';
import { TimerJobEntity } from '../entities/timer-job.entity';
import { TaskPlacement, type Placement } from '../placement/task-placement';
import { ClosureAudit } from '../closures/closure-audit';
import { InstanceConflictError } from '../runtime.errors';
import { row } from '../../../database/typeorm-rows';
import { insertEntities, updateEntity } from '../../../database/entity-sql';
import { DueDatePolicy } from './due-date-policy';
import { endResultOf } from './end-result';

/** What caused the step, for the task rows and the audit log. */
export interface StepCause {
  actor: string;
  now: Date;
  event: AuditEntry['type'];
  payload?: Record<string, unknown>;
  /** The task this step completed, with what the user sent. */
  completedTask?: { id: string; executionId: string; outcome: string; data: Record<string, unknown>; comment: string | null };
  /** The timer job this step fired. */
  firedTimerJobId?: string;
}

export interface WrittenStep {
  instance: ProcessInstanceEntity;
  openedTasks: TaskEntity[];
}

/**
 * Writes one engine step: the new state under the instance's version check, the inbox rows
 * it opens and closes, its timer jobs, the dossier's status and the audit events. Always
 * inside the caller's transaction, so all of it is written or none.
 */
@Injectable()
export class StepWriter {
  constructor(
    private readonly placement: TaskPlacement,
    private readonly dueDates: DueDatePolicy,
    private readonly audit: AuditLog,
    private readonly closures: ClosureAudit,
  ) {}

  /** A new instance (the dossier was just submitted). */
  async insertNew(manager: EntityManager, instance: ProcessInstanceEntity, dossier: DossierEntity, result: StepResult, cause: StepCause): Promise<WrittenStep> {
    applyResult(instance, result, cause.now);
    await manager.getRepository(ProcessInstanceEntity).insert(row(instance));
    return this.writeEffects(manager, instance, dossier, result, cause);
  }

  /** A step of an existing instance read at `instance.version`; a concurrent writer makes this throw. */
  async update(manager: EntityManager, instance: ProcessInstanceEntity, dossier: DossierEntity, result: StepResult, cause: StepCause): Promise<WrittenStep> {
    const readVersion = instance.version;
    applyResult(instance, result, cause.now);
    const updated = await updateEntity(
      manager,
      ProcessInstanceEntity,
      {
        state: instance.state,
        status: instance.status,
        endedAt: instance.endedAt,
        endElementId: instance.endElementId,
        endName: instance.endName,
        errorCode: instance.errorCode,
        version: readVersion + 1,
      },
      'id = $1 AND version = $2',
      [instance.id, readVersion],
    );
    if (updated !== 1) throw new InstanceConflictError();
    instance.version = readVersion + 1;
    return this.writeEffects(manager, instance, dossier, result, cause);
  }

  private async writeEffects(manager: EntityManager, instance: ProcessInstanceEntity, dossier: DossierEntity, result: StepResult, cause: StepCause): Promise<WrittenStep> {
    await this.closeTasks(manager, instance.id, result.closedTaskExecutionIds, cause);
    const place = await this.placement.placer(manager, dossier.localityId, cause.now);
    const openedTasks = await this.openTasks(manager, instance, result.openedTasks, place, cause.now);
    await this.syncTimers(manager, instance, result, cause);
    const ended = result.status !== 'running';
    if (ended) await this.closeDossier(manager, dossier, result, cause.now);
    await this.audit.append(manager, [
      { dossierId: dossier.id, instanceId: instance.id, type: cause.event, actor: cause.actor, occurredAt: cause.now, payload: cause.payload },
      ...openedTasks.map((task) => ({
        dossierId: dossier.id,
        instanceId: instance.id,
        type: 'task.opened',
        actor: cause.actor,
        occurredAt: cause.now,
        payload: { taskId: task.id, elementId: task.elementId, name: task.name, localityId: task.localityId, dueAt: task.dueAt?.toISOString() ?? null },
      })),
      // Units of the chain that ended: tasks placed elsewhere, steps skipped, the level passed over.
      ...(await this.closures.entries(manager, { instanceId: instance.id, dossierId: dossier.id, result, actor: cause.actor, now: cause.now, openedTasks, offices: place.offices })),
      ...(ended
        ? [{ dossierId: dossier.id, instanceId: instance.id, type: 'process.ended', actor: cause.actor, occurredAt: cause.now, payload: { status: result.status, ...result.ended } }]
        : []),
    ]);
    return { instance, openedTasks };
  }

  private async closeTasks(manager: EntityManager, instanceId: string, executionIds: string[], cause: StepCause): Promise<void> {
    const completed = cause.completedTask;
    if (completed) {
      await updateEntity(
        manager,
        TaskEntity,
        { status: 'completed', outcome: completed.outcome, data: completed.data, comment: completed.comment, completedBy: cause.actor, completedAt: cause.now },
        "id = $1 AND status = 'open'",
        [completed.id],
      );
    }
    // The completed task is among the executions that stopped waiting; it is written above.
    const withdrawn = completed ? executionIds.filter((executionId) => executionId !== completed.executionId) : executionIds;
    if (withdrawn.length === 0) return;
    // Everything else that stopped waiting was withdrawn by the process (an interrupting timer, a join).
    await manager.getRepository(TaskEntity).update(
      { instanceId, executionId: In(withdrawn), status: 'open' },
      { status: 'cancelled', completedAt: cause.now },
    );
  }

  private async openTasks(manager: EntityManager, instance: ProcessInstanceEntity, opened: WaitingTask[], place: (task: WaitingTask) => Placement, now: Date): Promise<TaskEntity[]> {
    const dueAts = await this.dueDates.dueAts(manager, instance.id, now, opened);
    const tasks = opened.map((task, i) => {
      const placement = place(task);
      return manager.getRepository(TaskEntity).create({
        id: randomUUID(),
        instanceId: instance.id,
        dossierId: instance.dossierId,
        executionId: task.executionId,
        elementId: task.elementId,
        name: task.name,
        level: task.level ?? '',
        localityId: placement.localityId,
        candidateRole: placement.candidateRole,
        assignee: task.resolvedAssignee ?? null,
        outcomes: task.outcomes,
        formKey: task.formKey ?? null,
        limitWorkingDays: task.limitWorkingDays ?? null,
        legalBasis: task.legalBasis ?? null,
        status: 'open',
        outcome: null,
        data: null,
        comment: null,
        completedBy: null,
        createdAt: now,
        dueAt: dueAts[i] ?? null,
        completedAt: null,
      });
    });
    await insertEntities(manager, TaskEntity, tasks);
    return tasks;
  }

  private async syncTimers(manager: EntityManager, instance: ProcessInstanceEntity, result: StepResult, cause: StepCause): Promise<void> {
    const armed = result.timers.map((timer) => timer.executionId);
    // Pending jobs are the timers armed before this step: when the step disarmed none and
    // fired none, there is nothing to end (most steps; it saves a statement).
    if (result.disarmedTimerExecutionIds.length > 0 || cause.firedTimerJobId) await this.endDisarmedJobs(manager, instance, armed, cause);
    if (armed.length === 0) return;
    // Timers still armed from an earlier step already have their job: the unique
    // (instance, execution) index makes the insert skip them.
    await insertEntities(
      manager,
      TimerJobEntity,
      result.timers.map((timer) => ({
        id: randomUUID(),
        instanceId: instance.id,
        dossierId: instance.dossierId,
        executionId: timer.executionId,
        elementId: timer.elementId,
        attachedToElementId: timer.attachedToElementId ?? null,
        timerValue: timer.value,
        dueAt: new Date(timer.expireAt),
        status: 'pending',
        attempts: 0,
        lastError: null,
        createdAt: cause.now,
        finishedAt: null,
      })),
      { ignore: true },
    );
  }

  private async endDisarmedJobs(manager: EntityManager, instance: ProcessInstanceEntity, armed: string[], cause: StepCause): Promise<void> {
    // One statement ends every pending job this step disarmed: the one it fired as fired,
    // the others (their task was completed or interrupted) as cancelled.
    const ending = manager
      .createQueryBuilder()
      .update(TimerJobEntity)
      .set({ status: () => "CASE WHEN id = :firedJobId THEN 'fired' ELSE 'cancelled' END", finishedAt: cause.now })
      .where('instance_id = :instanceId AND status = :pending', { instanceId: instance.id, pending: 'pending', firedJobId: cause.firedTimerJobId ?? null });
    if (armed.length > 0) ending.andWhere('execution_id NOT IN (:...armed)', { armed });
    await ending.execute();
  }

  private async closeDossier(manager: EntityManager, dossier: DossierEntity, result: StepResult, now: Date): Promise<void> {
    const outcome = endResultOf(result);
    dossier.status = result.status === 'failed' ? 'failed' : 'closed';
    dossier.result = outcome.result;
    dossier.resultLabel = outcome.label;
    dossier.closedAt = now;
    await updateEntity(manager, DossierEntity, { status: dossier.status, result: dossier.result, resultLabel: dossier.resultLabel, closedAt: now }, 'id = $1', [dossier.id]);
  }
}

function applyResult(instance: ProcessInstanceEntity, result: StepResult, now: Date): void {
  instance.state = result.state;
  instance.status = result.status;
  if (result.status !== 'running') {
    instance.endedAt = now;
    instance.endElementId = result.ended?.elementId ?? null;
    instance.endName = result.ended?.name ?? null;
    instance.errorCode = result.ended?.errorCode ?? null;
  }
}
