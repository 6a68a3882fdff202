import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { CompiledDefinition, ProcessRuntime } from '@vinh-danh/engine';
import { NotFoundError } from '../../common/errors/app-error';
import { ProcessDefinitionEntity } from '../process-definitions/entities/process-definition.entity';
import { PROCESS_RUNTIME } from './engine.tokens';

const MAX_CACHED_DEFINITIONS = 128;

/**
 * Parsed definitions by version id. A deployed version never changes, so an entry never
 * goes stale; the map is bounded and keeps the most recently used versions.
 */
@Injectable()
export class DefinitionCache {
  private readonly compiled = new Map<string, Promise<CompiledDefinition>>();

  constructor(
    @Inject(PROCESS_RUNTIME) private readonly runtime: ProcessRuntime,
    @InjectRepository(ProcessDefinitionEntity) private readonly definitions: Repository<ProcessDefinitionEntity>,
  ) {}

  /** Pass the caller's transaction manager when inside one (PGlite has a single connection). */
  get(definitionId: string, manager?: EntityManager): Promise<CompiledDefinition> {
    const cached = this.compiled.get(definitionId);
    if (cached) {
      this.compiled.delete(definitionId);
      this.compiled.set(definitionId, cached);
      return cached;
    }
    const loading = this.load(definitionId, manager);
    this.remember(definitionId, loading);
    loading.catch(() => this.compiled.delete(definitionId));
    return loading;
  }

  /** Deploy has just compiled it: keep that work. */
  remember(definitionId: string, compiled: Promise<CompiledDefinition>): void {
    this.compiled.set(definitionId, compiled);
    while (this.compiled.size > MAX_CACHED_DEFINITIONS) {
      const oldest = this.compiled.keys().next().value;
      if (oldest === undefined) break;
      this.compiled.delete(oldest);
    }
  }

  private async load(definitionId: string, manager?: EntityManager): Promise<CompiledDefinition> {
    const repository = manager ? manager.getRepository(ProcessDefinitionEntity) : this.definitions;
    const row = await repository.findOne({ where: { id: definitionId }, select: { id: true, xml: true } });
    if (!row) throw new NotFoundError('PROCESS_DEFINITION_NOT_FOUND', `Không tìm thấy quy trình ${definitionId}`);
    return this.runtime.compile(row.xml);
  }
}
