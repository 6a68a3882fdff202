import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isLevel } from '@vinh-danh/domain';
import { TimerNotArmedError, type ProcessRuntime } from '@vinh-danh/engine';
import { DossierEntity } from '../../dossiers/entities/dossier.entity';
import { DefinitionCache } from '../../engine/definition-cache';
import { PROCESS_RUNTIME } from '../../engine/engine.tokens';
import { ProcessInstanceEntity } from '../entities/process-instance.entity';
import { TimerJobEntity } from '../entities/timer-job.entity';
import { StepWriter } from '../steps/step-writer';
import { dayOf, OPEN_ENDED, stepVariablesOf } from '../closures/chain-offices';
import { ChainOfficesLoader } from '../closures/chain-offices.loader';
import { UNIT_CLOSED_SUFFIX } from '../closures/closed-unit-sweep';

/**
 * Fires one claimed timer job through the same path as a task completion: recover, step,
 * write under the version check. Runs inside the transaction that holds the job's row lock.
 */
@Injectable()
export class FireTimerUseCase {
  private readonly logger = new Logger('Timers');

  constructor(
    @Inject(PROCESS_RUNTIME) private readonly runtime: ProcessRuntime,
    private readonly definitions: DefinitionCache,
    private readonly writer: StepWriter,
    private readonly chains: ChainOfficesLoader,
  ) {}

  async execute(manager: EntityManager, job: TimerJobEntity, now: Date): Promise<void> {
    const instance = await manager.getRepository(ProcessInstanceEntity).findOneByOrFail({ id: job.instanceId });
    const dossier = await manager.getRepository(DossierEntity).findOneByOrFail({ id: instance.dossierId });
    if (instance.status !== 'running') return this.cancel(manager, job, now);
    const definition = await this.definitions.get(instance.definitionId, manager);
    const offices = await this.chains.load(manager, dossier.localityId);
    const variables = stepVariablesOf(offices, now);
    if (job.elementId.endsWith(UNIT_CLOSED_SUFFIX)) {
      // A level's end, armed with the date known then: an admin may have moved it since.
      const level = definition.userTasks.find((task) => task.elementId === job.attachedToElementId)?.level;
      if (isLevel(level) && !variables.closedLevels.includes(level)) return this.postpone(manager, job, offices.levelEndsAt()[level], now);
    }
    let result;
    try {
      result = await this.runtime.fireTimer(definition, instance.state, job.executionId, { now, variables });
    } catch (error) {
      // The instance moved on without cancelling this row (it cannot happen through
      // StepWriter, but a row must never fire forever): retire it.
      if (error instanceof TimerNotArmedError) {
        this.logger.warn(`Timer job ${job.id} (${job.elementId}) is not armed in its instance any more; retiring it`);
        return this.cancel(manager, job, now);
      }
      throw error;
    }
    await this.writer.update(manager, instance, dossier, result, {
      actor: 'system:timer',
      now,
      event: 'timer.fired',
      payload: { timerJobId: job.id, elementId: job.elementId, attachedTo: job.attachedToElementId, dueAt: job.dueAt.toISOString() },
      firedTimerJobId: job.id,
    });
    this.logger.log(`Fired ${job.elementId} of dossier ${dossier.code}`);
  }

  /** The unit has not ended (or ends later than first known): wait for its current end. */
  private async postpone(manager: EntityManager, job: TimerJobEntity, endsAt: string | undefined, now: Date): Promise<void> {
    const due = endsAt && new Date(endsAt) > now ? new Date(endsAt) : new Date(OPEN_ENDED);
    this.logger.log(`${job.elementId}: the unit has not ended on ${dayOf(now)}; waiting until ${due.toISOString()}`);
    await manager.getRepository(TimerJobEntity).update({ id: job.id }, { dueAt: due });
  }

  private async cancel(manager: EntityManager, job: TimerJobEntity, now: Date): Promise<void> {
    await manager.getRepository(TimerJobEntity).update({ id: job.id }, { status: 'cancelled', finishedAt: now });
  }
}
