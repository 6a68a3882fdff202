import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { LocalityEntity } from '../../localities/entities/locality.entity';
import { LocalitiesService } from '../../localities/localities.service';
import { ChainOffices } from './chain-offices';

/**
 * Loads a dossier's chain and the successors of its units. A step asks for it several
 * times (the variables it gives the engine, the placement of the tasks it opens, its
 * audit), so it is kept for the life of the transaction's manager: the units cannot change
 * under a running step, and the next transaction reads them afresh.
 */
@Injectable()
export class ChainOfficesLoader {
  private readonly perTransaction = new WeakMap<EntityManager, Map<string, Promise<ChainOffices>>>();

  constructor(private readonly localities: LocalitiesService) {}

  load(manager: EntityManager, localityId: string): Promise<ChainOffices> {
    // Outside a transaction (the shared manager) nothing is kept: it would outlive any edit.
    if (!manager.queryRunner) return this.read(manager, localityId);
    let loaded = this.perTransaction.get(manager);
    if (!loaded) this.perTransaction.set(manager, (loaded = new Map()));
    let offices = loaded.get(localityId);
    if (!offices) {
      offices = this.read(manager, localityId);
      loaded.set(localityId, offices);
      // A failed read must not stay cached for the rest of the transaction.
      offices.catch(() => loaded.delete(localityId));
    }
    return offices;
  }

  private async read(manager: EntityManager, localityId: string): Promise<ChainOffices> {
    const chain = await this.localities.ancestorsOrSelf(localityId, manager);
    const firstSuccessors = chain.flatMap((unit) => (unit.successorId ? [unit.successorId] : []));
    return new ChainOffices(chain, firstSuccessors.length ? await successorsOf(manager, firstSuccessors) : []);
  }
}

/** The given units and every unit their successor links lead to (a merger can be merged again). */
async function successorsOf(manager: EntityManager, ids: string[]): Promise<LocalityEntity[]> {
  const rows: Array<{ id: string }> = await manager.query(
    `WITH RECURSIVE succession AS (
       SELECT id, successor_id FROM localities WHERE id = ANY($1::uuid[])
       UNION SELECT l.id, l.successor_id FROM localities l JOIN succession s ON l.id = s.successor_id
     ) SELECT id FROM succession`,
    [ids],
  );
  return manager.getRepository(LocalityEntity).findBy({ id: In(rows.map((row) => row.id)) });
}
