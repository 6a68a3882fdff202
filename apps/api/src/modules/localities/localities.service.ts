import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, type Repository } from 'typeorm';
import { vietnamDateOf } from '@vinh-danh/calendar';
import { foldVietnamese } from '@vinh-danh/domain';
import { hydrate, selectList, tableOf } from '../../database/entity-sql';
import { LocalityEntity } from './entities/locality.entity';
import { LocalityClosedError, LocalityNotFoundError } from './localities.errors';
import { isValidOn, toLocalityRef, type LocalityDetailView } from './views/locality-view';

export interface LocalityQuery {
  level?: string;
  parentId?: string;
  /** `YYYY-MM-DD`: only units in force that day. */
  at?: string;
  /** Part of the name or code, ignoring case and diacritics. */
  q?: string;
}

@Injectable()
export class LocalitiesService {
  constructor(@InjectRepository(LocalityEntity) private readonly localities: Repository<LocalityEntity>) {}

  async list(query: LocalityQuery): Promise<LocalityEntity[]> {
    const builder = this.localities.createQueryBuilder('l');
    if (query.level) builder.andWhere('l.level = :level', { level: query.level });
    if (query.parentId) builder.andWhere('l.parent_id = :parentId', { parentId: query.parentId });
    if (query.at) builder.andWhere('(l.valid_from IS NULL OR l.valid_from <= :at) AND (l.valid_to IS NULL OR l.valid_to >= :at)', { at: query.at });
    const units = await builder.orderBy('l.level', 'ASC').addOrderBy('l.code', 'ASC').getMany();
    if (!query.q) return units;
    // Folded in code, not SQL: the tree is a few thousand rows and the rule stays in one place.
    const needle = foldVietnamese(query.q);
    return units.filter((unit) => foldVietnamese(unit.name).includes(needle) || foldVietnamese(unit.code).includes(needle));
  }

  /** The unit with its chain up to central, its successor and the units it replaced. */
  async detail(id: string): Promise<LocalityDetailView> {
    const unit = await this.get(id);
    const chain = await this.ancestorsOrSelf(unit.id);
    const successor = unit.successorId ? await this.localities.findOneBy({ id: unit.successorId }) : null;
    const predecessors = await this.localities.find({ where: { successorId: unit.id }, order: { code: 'ASC' } });
    return { ...unit, chain: chain.map(toLocalityRef), successor: successor ? toLocalityRef(successor) : null, predecessors: predecessors.map(toLocalityRef) };
  }

  async get(id: string, manager?: EntityManager): Promise<LocalityEntity> {
    const repository = manager ? manager.getRepository(LocalityEntity) : this.localities;
    const found = isUuid(id) ? await repository.findOneBy({ id }) : null;
    if (!found) throw new LocalityNotFoundError(id);
    return found;
  }

  /** Refuses new work at a unit that is not in force on `now`'s day in Vietnam. */
  assertOpen(unit: LocalityEntity, now: Date): void {
    if (!isValidOn(unit, vietnamDateOf(now))) throw new LocalityClosedError(unit.name, unit.validFrom, unit.validTo);
  }

  /** The unit and all units above it, nearest first (commune, district, province, central). */
  async ancestorsOrSelf(id: string, manager?: EntityManager): Promise<LocalityEntity[]> {
    const runner = manager ?? this.localities.manager;
    // One plain statement (entity-sql): every step places its tasks with this.
    const rows = (await runner.query(
      `WITH RECURSIVE chain AS (
         SELECT id, parent_id, 0 AS depth FROM localities WHERE id = $1
         UNION ALL
         SELECT p.id, p.parent_id, c.depth + 1 FROM localities p JOIN chain c ON p.id = c.parent_id
       )
       SELECT ${selectList(runner, LocalityEntity, 'u')} FROM chain JOIN ${tableOf(runner, LocalityEntity)} u ON u.id = chain.id ORDER BY chain.depth`,
      [id],
    )) as Array<Record<string, unknown>>;
    const units = rows.map((row) => hydrate(runner, LocalityEntity, row, 'u'));
    if (units.length === 0) throw new LocalityNotFoundError(id);
    return units;
  }

  /**
   * Ids of the units whose officials may read what was filed at `id`: the unit, the units
   * above it and, for units that ended, the units that took them over (and those above).
   */
  async overseerIds(id: string, manager?: EntityManager): Promise<Set<string>> {
    const runner = manager ?? this.localities.manager;
    const rows: Array<{ id: string }> = await runner.query(
      `WITH RECURSIVE overseers AS (
         SELECT id, parent_id, successor_id FROM localities WHERE id = $1
         UNION SELECT l.id, l.parent_id, l.successor_id FROM localities l JOIN overseers o ON l.id = o.parent_id OR l.id = o.successor_id
       ) SELECT id FROM overseers`,
      [id],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** Ids of the given units and of every unit below them. */
  async subtreeIds(rootIds: string[], manager?: EntityManager): Promise<Set<string>> {
    if (rootIds.length === 0) return new Set();
    const runner = manager ?? this.localities.manager;
    const rows: Array<{ id: string }> = await runner.query(
      `WITH RECURSIVE subtree AS (
         SELECT id FROM localities WHERE id = ANY($1::uuid[])
         UNION SELECT l.id FROM localities l JOIN subtree s ON l.parent_id = s.id
       ) SELECT id FROM subtree`,
      [rootIds],
    );
    return new Set(rows.map((row) => row.id));
  }
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
