import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { lintBpmn } from '@vinh-danh/bpmn-lint';
import type { ProcessRuntime } from '@vinh-danh/engine';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AccessPolicy } from '../access/access-policy';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { DefinitionCache } from '../engine/definition-cache';
import { PROCESS_RUNTIME } from '../engine/engine.tokens';
import { LocalitiesService } from '../localities/localities.service';
import type { DeployDefinitionDto } from './dto/deploy-definition.dto';
import { ProcessDefinitionEntity } from './entities/process-definition.entity';
import {
  BpmnLintFailedError,
  BpmnXmlRejectedError,
  DeployForbiddenError,
  ProcessDefinitionNotFoundError,
  type ModelIssue,
} from './process-definitions.errors';

export type DefinitionSummary = Omit<ProcessDefinitionEntity, 'xml'>;

@Injectable()
export class ProcessDefinitionsService {
  constructor(
    @InjectRepository(ProcessDefinitionEntity) private readonly definitions: Repository<ProcessDefinitionEntity>,
    @Inject(PROCESS_RUNTIME) private readonly runtime: ProcessRuntime,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cache: DefinitionCache,
    private readonly localities: LocalitiesService,
    private readonly access: AccessPolicy,
  ) {}

  /** Lints, compiles and stores a new version; nothing is written unless all of it passes. */
  async deploy(input: DeployDefinitionDto, user: AuthenticatedUser | { system: string }): Promise<DefinitionSummary & { warnings: ModelIssue[] }> {
    await this.localities.get(input.localityId);
    if (!('system' in user) && !(await this.access.canAdminister(user, input.localityId))) throw new DeployForbiddenError();
    const report = await lintBpmn(input.xml, { maxBytes: this.config.engine.bpmnMaxBytes });
    const errors = report.errors.map(toIssue);
    if (errors.some((issue) => issue.code.startsWith('xml.'))) throw new BpmnXmlRejectedError(errors);
    if (!report.ok || errors.length > 0) throw new BpmnLintFailedError(errors, report.warnings.map(toIssue));
    let compiled;
    try {
      compiled = await this.runtime.compile(input.xml);
    } catch (error) {
      throw new BpmnLintFailedError(definitionIssues(error), []);
    }
    const saved = await this.definitions.manager.transaction(async (manager) => {
      // Serialise version numbering per key and locality, on PostgreSQL and PGlite alike.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${input.key}:${input.localityId}`]);
      const latest = await manager.getRepository(ProcessDefinitionEntity).findOne({
        where: { key: input.key, localityId: input.localityId },
        order: { version: 'DESC' },
        select: { version: true },
      });
      const row = manager.getRepository(ProcessDefinitionEntity).create({
        id: randomUUID(),
        key: input.key,
        version: (latest?.version ?? 0) + 1,
        localityId: input.localityId,
        name: input.name ?? compiled.processName ?? input.key,
        bpmnProcessId: compiled.processId,
        xml: input.xml,
        checksum: createHash('sha256').update(input.xml).digest('hex'),
        deployedBy: 'system' in user ? user.system : user.username,
      });
      return manager.getRepository(ProcessDefinitionEntity).save(row);
    });
    this.cache.remember(saved.id, Promise.resolve(compiled));
    const { xml: _omitted, ...summary } = saved;
    return { ...summary, warnings: report.warnings.map(toIssue) };
  }

  list(query: { key?: string; localityId?: string }): Promise<DefinitionSummary[]> {
    return this.definitions.find({
      where: { ...(query.key ? { key: query.key } : {}), ...(query.localityId ? { localityId: query.localityId } : {}) },
      select: { id: true, key: true, version: true, localityId: true, name: true, bpmnProcessId: true, checksum: true, deployedBy: true, deployedAt: true },
      order: { key: 'ASC', deployedAt: 'DESC' },
    });
  }

  async getXml(id: string): Promise<string> {
    const row = /^[0-9a-f-]{36}$/i.test(id) ? await this.definitions.findOne({ where: { id }, select: { id: true, xml: true } }) : null;
    if (!row) throw new ProcessDefinitionNotFoundError(id);
    return row.xml;
  }

  /**
   * The newest version of `key` deployed for the unit, else for its parent, and so on up
   * to the central default: a province can redesign its flow without touching others.
   */
  async resolveForLocality(key: string, localityId: string, manager?: EntityManager): Promise<ProcessDefinitionEntity> {
    const chain = await this.localities.ancestorsOrSelf(localityId, manager);
    const repository = manager ? manager.getRepository(ProcessDefinitionEntity) : this.definitions;
    const candidates = await repository.find({
      where: { key, localityId: In(chain.map((unit) => unit.id)) },
      select: { id: true, key: true, version: true, localityId: true, name: true, bpmnProcessId: true },
      order: { version: 'DESC' },
    });
    for (const unit of chain) {
      const found = candidates.find((candidate) => candidate.localityId === unit.id);
      if (found) return found;
    }
    throw new ProcessDefinitionNotFoundError(`${key} cho đơn vị ${chain[0]?.name ?? localityId}`);
  }
}

function toIssue(issue: { code: string; elementId?: string; message: string }): ModelIssue {
  return { code: issue.code, ...(issue.elementId ? { elementId: issue.elementId } : {}), message: issue.message };
}

function definitionIssues(error: unknown): ModelIssue[] {
  const issues = (error as { issues?: Array<{ elementId?: string; reason: string }> } | undefined)?.issues;
  if (Array.isArray(issues)) return issues.map((issue) => ({ code: 'bpmn.invalid', elementId: issue.elementId, message: issue.reason }));
  return [{ code: 'bpmn.invalid', message: error instanceof Error ? error.message : String(error) }];
}
