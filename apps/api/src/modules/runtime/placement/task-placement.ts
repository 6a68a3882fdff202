import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isLevel, isRole, type Role } from '@vinh-danh/domain';
import type { WaitingTask } from '@vinh-danh/engine';
import { dayOf, type ChainOffices } from '../closures/chain-offices';
import { ChainOfficesLoader } from '../closures/chain-offices.loader';
import { TaskPlacementError } from '../runtime.errors';

export interface Placement {
  localityId: string;
  candidateRole: Role;
}

/** Places the tasks of one step; carries the chain it read, for the step's audit. */
export interface Placer {
  (task: WaitingTask): Placement;
  offices: ChainOffices;
}

/**
 * Puts a task at the office that acts on it: the unit of the task's `vd:level` on the
 * dossier's own chain (its commune, that commune's district, province, central) while it
 * exists; once it has ended, the unit that took it over, or — when its level ended with no
 * successor (the districts on 1/7/2025) — the unit below it on the chain. The dossier keeps
 * the unit it was filed under either way.
 */
@Injectable()
export class TaskPlacement {
  constructor(private readonly chains: ChainOfficesLoader) {}

  async placer(manager: EntityManager, dossierLocalityId: string, now: Date): Promise<Placer> {
    const offices = await this.chains.load(manager, dossierLocalityId);
    const day = dayOf(now);
    const place = (task: WaitingTask): Placement => {
      const level = task.level;
      const office = isLevel(level) ? offices.officeFor(level, day) : undefined;
      const role = task.candidateGroups[0];
      if (!office || !isRole(role)) throw new TaskPlacementError(task.elementId, level);
      return { localityId: office.office.id, candidateRole: role };
    };
    return Object.assign(place, { offices });
  }
}
