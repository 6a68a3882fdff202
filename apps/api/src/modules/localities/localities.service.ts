import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { LocalityEntity } from './entities/locality.entity';
import { LocalityNotFoundError } from './localities.errors';

export interface LocalityQuery {
  level?: string;
  parentId?: string;
}

@Injectable()
export class LocalitiesService {
  constructor(@InjectRepository(LocalityEntity) private readonly localities: Repository<LocalityEntity>) {}

  list(query: LocalityQuery): Promise<LocalityEntity[]> {
    return this.localities.find({
      where: { ...(query.level ? { level: query.level as LocalityEntity['level'] } : {}), ...(query.parentId ? { parentId: query.parentId } : {}) },
      order: { level: 'ASC', code: 'ASC' },
    });
  }

  async get(id: string, manager?: EntityManager): Promise<LocalityEntity> {
    const repository = manager ? manager.getRepository(LocalityEntity) : this.localities;
    const found = isUuid(id) ? await repository.findOneBy({ id }) : null;
    if (!found) throw new LocalityNotFoundError(id);
    return found;
  }

  /** The unit and all units above it, nearest first (commune, district, province, central). */
  async ancestorsOrSelf(id: string, manager?: EntityManager): Promise<LocalityEntity[]> {
    const runner = manager ?? this.localities.manager;
    const rows: Array<Record<string, unknown>> = await runner.query(
      `WITH RECURSIVE chain AS (
         SELECT l.*, 0 AS depth FROM localities l WHERE l.id = $1
         UNION ALL
         SELECT p.*, c.depth + 1 FROM localities p JOIN chain c ON p.id = c.parent_id
       ) SELECT id FROM chain ORDER BY depth`,
      [id],
    );
    if (rows.length === 0) throw new LocalityNotFoundError(id);
    const units = await runner.getRepository(LocalityEntity).findBy({ id: In(rows.map((row) => String(row['id']))) });
    const byId = new Map(units.map((unit) => [unit.id, unit]));
    return rows.map((row) => byId.get(String(row['id']))).filter((l): l is LocalityEntity => Boolean(l));
  }
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
