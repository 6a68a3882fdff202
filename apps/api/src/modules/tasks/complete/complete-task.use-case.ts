import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OutcomeNotAllowedError as EngineOutcomeNotAllowedError, TaskNotWaitingError, type ProcessRuntime } from '@vinh-danh/engine';
import { Clock } from '../../../common/clock/clock';
import { hydrate, selectList, tableOf } from '../../../database/entity-sql';
import { AccessPolicy } from '../../access/access-policy';
import { AuditLog } from '../../audit/audit-log';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { DocumentIssuer } from '../../documents/issuance/document-issuer';
import { DossierEntity } from '../../dossiers/entities/dossier.entity';
import { NomineeOutcomeRecorder } from '../../dossiers/outcomes/record-nominee-outcomes';
import { DefinitionCache } from '../../engine/definition-cache';
import { PROCESS_RUNTIME } from '../../engine/engine.tokens';
import { ProcessInstanceEntity } from '../../runtime/entities/process-instance.entity';
import { InstanceConflictError } from '../../runtime/runtime.errors';
import { StepWriter } from '../../runtime/steps/step-writer';
import { stepVariablesOf } from '../../runtime/closures/chain-offices';
import { ChainOfficesLoader } from '../../runtime/closures/chain-offices.loader';
import type { CompleteTaskDto } from '../dto/complete-task.dto';
import { TaskEntity } from '../entities/task.entity';
import { OutcomeNotAllowedError, TaskClaimedByOtherError, TaskForbiddenError, TaskNotFoundError, TaskNotOpenError } from '../tasks.errors';
import { toTaskView, type TaskView } from '../views/task-view';
import { IdempotencyStore, type StoredResponse } from './idempotency-store';
import { TaskDataValidator } from './task-data-validator';

export interface CompletionResponse {
  task: TaskView;
  dossier: { id: string; code: string; status: string; result: string | null; resultLabel: string | null };
  nextTasks: TaskView[];
}

/**
 * Completing a task is one transaction: the engine step, the new state under the version
 * check, the inbox rows, timers and audit events, and the idempotency record.
 */
@Injectable()
export class CompleteTaskUseCase {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(PROCESS_RUNTIME) private readonly runtime: ProcessRuntime,
    private readonly definitions: DefinitionCache,
    private readonly writer: StepWriter,
    private readonly access: AccessPolicy,
    private readonly validator: TaskDataValidator,
    private readonly idempotency: IdempotencyStore,
    private readonly clock: Clock,
    private readonly nomineeOutcomes: NomineeOutcomeRecorder,
    private readonly documents: DocumentIssuer,
    private readonly chains: ChainOfficesLoader,
    private readonly audit: AuditLog,
  ) {}

  async execute(user: AuthenticatedUser, taskId: string, body: CompleteTaskDto, idempotencyKey?: string): Promise<StoredResponse> {
    const request = this.idempotency.describe(user.id, idempotencyKey, { taskId, ...body });
    if (request) {
      const replay = await this.idempotency.find(this.dataSource.manager, request);
      if (replay) return replay;
    }
    try {
      const { response, afterCommit } = await this.dataSource.transaction(async (manager) => {
        const completed = await this.complete(manager, user, taskId, body);
        const stored: StoredResponse = { statusCode: 200, body: completed.response };
        if (request) await this.idempotency.save(manager, request, stored, this.clock.now());
        return { response: stored, afterCommit: completed.afterCommit };
      });
      afterCommit();
      return response;
    } catch (error) {
      // A retry racing the original: once the original has committed, answer as it did.
      if (request) {
        const replay = await this.idempotency.find(this.dataSource.manager, request);
        if (replay) return replay;
      }
      throw error;
    }
  }

  private async complete(
    manager: EntityManager,
    user: AuthenticatedUser,
    taskId: string,
    body: CompleteTaskDto,
  ): Promise<{ response: CompletionResponse; afterCommit: () => void }> {
    const now = this.clock.now();
    // With warm engines the state is read only if this instance's engine is not warm.
    const withState = !this.runtime.keepsWarmInstances;
    const found = /^[0-9a-f-]{36}$/i.test(taskId) ? await readStep(manager, taskId, withState) : null;
    if (!found) throw new TaskNotFoundError(taskId);
    const { task, dossier, instance } = found;
    if (!this.access.canActOnTask(user, task)) {
      // Someone who may not even read the dossier learns nothing about it.
      if (!(await this.access.canRead(user, dossier.localityId, manager))) throw new TaskNotFoundError(taskId);
      throw new TaskForbiddenError();
    }
    if (task.status !== 'open') throw new TaskNotOpenError(task.status);
    if (task.assignee && task.assignee !== user.username) throw new TaskClaimedByOtherError(task.assignee);
    const data = body.data ?? {};
    this.validator.check(task, body.outcome, data, body.comment);

    const definition = await this.definitions.get(instance.definitionId, manager);
    const result = await this.runtime
      .completeTask(
        definition,
        withState ? instance.state : () => storedState(manager, instance),
        { executionId: task.executionId, outcome: body.outcome, data, comment: body.comment, actor: user.username },
        // Which levels of the chain have ended is the runtime's to say, afresh at every step.
        { now, warm: { key: instance.id, version: instance.version }, variables: stepVariablesOf(await this.chains.load(manager, dossier.localityId), now) },
      )
      .catch((error: unknown) => {
        // The inbox row is open but the engine has moved on: someone else got there first.
        if (error instanceof TaskNotWaitingError) throw new InstanceConflictError();
        if (error instanceof EngineOutcomeNotAllowedError) throw new OutcomeNotAllowedError(body.outcome, task.outcomes);
        throw error;
      });
    // The step's events and those of the outcomes it records go to the audit chain together.
    const written = await this.audit.batched(manager, async () => {
      const step = await this.writer.update(manager, instance, dossier, result, {
        actor: user.username,
        now,
        event: 'task.completed',
        payload: { taskId: task.id, elementId: task.elementId, name: task.name, outcome: body.outcome, data, comment: body.comment ?? null },
        completedTask: { id: task.id, executionId: task.executionId, outcome: body.outcome, data, comment: body.comment ?? null },
      });
      // Per-line outcomes and votes (and follow-up dossiers for lifted lines); a refusal rolls everything back.
      await this.nomineeOutcomes.record(manager, { task, dossier, outcome: body.outcome, data, user, now });
      return step;
    });
    // What StepWriter just wrote to the row, without reading it back.
    const completed: TaskEntity = { ...task, status: 'completed', outcome: body.outcome, data, comment: body.comment ?? null, completedBy: user.username, completedAt: now };
    return {
      response: {
        task: toTaskView(completed, now),
        dossier: { id: dossier.id, code: dossier.code, status: dossier.status, result: dossier.result, resultLabel: dossier.resultLabel },
        nextTasks: written.openedTasks.map((opened) => toTaskView(opened, now)),
      },
      // Only once the new state is committed may its live engine serve the next step.
      afterCommit: () => {
        this.runtime.keepWarm(result, { key: instance.id, version: written.instance.version });
        this.documents.afterStep({ dossierId: dossier.id, formKey: task.formKey, outcome: body.outcome }); // minutes, decision: in the background
      },
    };
  }
}

/**
 * The task with its dossier and its instance, in one round trip: every statement of a step
 * costs the api about a millisecond on its own, more than the join. The instance's state,
 * its largest value by far, only when asked for.
 */
async function readStep(manager: EntityManager, taskId: string, withState: boolean): Promise<{ task: TaskEntity; dossier: DossierEntity; instance: ProcessInstanceEntity } | null> {
  const omit = withState ? [] : WITHOUT_STATE;
  const [row] = (await manager.query(
    `SELECT ${selectList(manager, TaskEntity, 't')}, ${selectList(manager, DossierEntity, 'd')}, ${selectList(manager, ProcessInstanceEntity, 'i', omit)}
     FROM ${tableOf(manager, TaskEntity)} t
     JOIN ${tableOf(manager, DossierEntity)} d ON d.id = t.dossier_id
     JOIN ${tableOf(manager, ProcessInstanceEntity)} i ON i.id = t.instance_id
     WHERE t.id = $1`,
    [taskId],
  )) as Array<Record<string, unknown>>;
  if (!row) return null;
  return { task: hydrate(manager, TaskEntity, row, 't'), dossier: hydrate(manager, DossierEntity, row, 'd'), instance: hydrate(manager, ProcessInstanceEntity, row, 'i', omit) };
}

const WITHOUT_STATE = ['state'] as const;

/** The state stored as the version of the instance the step read; another writer since then is a conflict. */
async function storedState(manager: EntityManager, instance: ProcessInstanceEntity): Promise<ProcessInstanceEntity['state']> {
  const stored = await manager.getRepository(ProcessInstanceEntity).findOne({ where: { id: instance.id, version: instance.version }, select: { id: true, state: true } });
  if (!stored) throw new InstanceConflictError();
  instance.state = stored.state;
  return stored.state;
}
