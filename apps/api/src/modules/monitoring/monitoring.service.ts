import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { AccessPolicy } from '../access/access-policy';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { DateRangeInvalidError } from '../dossiers/dossiers.errors';
import { vietnamDayStart } from '../dossiers/list/dossier-filters';
import { LocalitiesService } from '../localities/localities.service';
import { ProcessDefinitionEntity } from '../process-definitions/entities/process-definition.entity';
import { ProcessDefinitionNotFoundError } from '../process-definitions/process-definitions.errors';
import { BottleneckQuery } from './bottleneck.query';
import type { BottleneckQueryDto } from './dto/bottleneck-query.dto';
import { MonitoringForbiddenError, MonitoringLocalityForbiddenError } from './monitoring.errors';
import { toBottleneckView, type BottlenecksView } from './views/bottleneck-view';

/** Where dossiers wait: who may look, over which units, and the window of completions. */
@Injectable()
export class MonitoringService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly localities: LocalitiesService,
    private readonly bottleneckQuery: BottleneckQuery,
    private readonly clock: Clock,
    @InjectRepository(ProcessDefinitionEntity) private readonly definitions: Repository<ProcessDefinitionEntity>,
  ) {}

  async bottlenecks(user: AuthenticatedUser, query: BottleneckQueryDto): Promise<BottlenecksView> {
    const watched = this.access.monitoredRoots(user);
    if (watched && watched.length === 0) throw new MonitoringForbiddenError();
    if (query.from && query.to && query.from > query.to) throw new DateRangeInvalidError(query.from, query.to);
    const roots = query.localityId ? await this.narrowedTo(user, query.localityId) : watched;
    // An unknown key is refused rather than answered with nothing, as the dossier filters do.
    if (query.definitionKey && !(await this.definitions.existsBy({ key: query.definitionKey }))) throw new ProcessDefinitionNotFoundError(query.definitionKey);

    const now = this.clock.now();
    const rows = await this.bottleneckQuery.execute({
      roots,
      definitionKey: query.definitionKey,
      completedFrom: query.from ? vietnamDayStart(query.from, 0) : undefined,
      completedBefore: query.to ? vietnamDayStart(query.to, 1) : undefined,
      now,
    });
    return {
      asOf: now.toISOString(),
      definitionKey: query.definitionKey ?? null,
      localityId: query.localityId ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
      rows: rows.map(toBottleneckView),
    };
  }

  /** The unit's own subtree, once it is known to exist and to lie within the caller's (which then holds all of it). */
  private async narrowedTo(user: AuthenticatedUser, localityId: string): Promise<string[]> {
    const unit = await this.localities.get(localityId);
    if (!(await this.access.canMonitor(user, unit.id))) throw new MonitoringLocalityForbiddenError(unit.name);
    return [unit.id];
  }
}
