import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ProcessRuntime } from '@vinh-danh/engine';
import type { DossierEntity } from '../../dossiers/entities/dossier.entity';
import { DefinitionCache } from '../../engine/definition-cache';
import { PROCESS_RUNTIME } from '../../engine/engine.tokens';
import { ProcessInstanceEntity } from '../entities/process-instance.entity';
import { StepWriter, type WrittenStep } from './step-writer';
import { stepVariablesOf } from '../closures/chain-offices';
import { ChainOfficesLoader } from '../closures/chain-offices.loader';

/** Starts a dossier's chain and writes its first wait state in the caller's transaction. */
@Injectable()
export class InstanceStarter {
  constructor(
    @Inject(PROCESS_RUNTIME) private readonly runtime: ProcessRuntime,
    private readonly definitions: DefinitionCache,
    private readonly writer: StepWriter,
    private readonly chains: ChainOfficesLoader,
  ) {}

  async start(
    manager: EntityManager,
    input: { dossier: DossierEntity; definitionId: string; variables: Record<string, unknown>; actor: string; now: Date },
  ): Promise<WrittenStep & { afterCommit: () => void }> {
    const definition = await this.definitions.get(input.definitionId, manager);
    // Which levels of the chain have ended and when each unit ends: the runtime's to say, at start and at every step.
    const variables = { ...input.variables, ...stepVariablesOf(await this.chains.load(manager, input.dossier.localityId), input.now) };
    const result = await this.runtime.start(definition, { businessKey: input.dossier.id, variables, now: input.now });
    const instance = manager.getRepository(ProcessInstanceEntity).create({
      id: randomUUID(),
      definitionId: input.definitionId,
      dossierId: input.dossier.id,
      status: result.status,
      state: result.state,
      version: 1,
      startedAt: input.now,
      endedAt: null,
      endElementId: null,
      endName: null,
      errorCode: null,
    });
    const written = await this.writer.insertNew(manager, instance, input.dossier, result, {
      actor: input.actor,
      now: input.now,
      event: 'process.started',
      payload: { definitionId: input.definitionId, variables },
    });
    return { ...written, afterCommit: () => this.runtime.keepWarm(result, { key: instance.id, version: instance.version }) };
  }
}
