import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isLevel, isRole, type Role } from '@vinh-danh/domain';
import type { WaitingTask } from '@vinh-danh/engine';
import { LocalitiesService } from '../../localities/localities.service';
import { TaskPlacementError } from '../runtime.errors';

export interface Placement {
  localityId: string;
  candidateRole: Role;
}

/**
 * Puts a task at the office that acts on it: the unit of the task's `vd:level` on the
 * dossier's own chain (its commune, that commune's district, province, central).
 */
@Injectable()
export class TaskPlacement {
  constructor(private readonly localities: LocalitiesService) {}

  async placer(manager: EntityManager, dossierLocalityId: string): Promise<(task: WaitingTask) => Placement> {
    const chain = await this.localities.ancestorsOrSelf(dossierLocalityId, manager);
    return (task) => {
      const level = task.level;
      const unit = isLevel(level) ? chain.find((candidate) => candidate.level === level) : undefined;
      const role = task.candidateGroups[0];
      if (!unit || !isRole(role)) throw new TaskPlacementError(task.elementId, level);
      return { localityId: unit.id, candidateRole: role };
    };
  }
}
