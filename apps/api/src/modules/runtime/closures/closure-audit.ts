import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { isLevel, levelRank, type Level } from '@vinh-danh/domain';
import type { StepResult } from '@vinh-danh/engine';
import type { AuditEntry } from '../../audit/audit-log';
import { TaskEntity } from '../../tasks/entities/task.entity';
import { dayOf, type ChainOffices } from './chain-offices';
import { endingBasis, REASON_TEXTS } from './reform-basis';

export interface ClosureStep {
  instanceId: string;
  dossierId: string;
  result: StepResult;
  actor: string;
  now: Date;
  openedTasks: TaskEntity[];
  offices: ChainOffices;
}

/**
 * What a step owes the history when units of the dossier's chain have ended: tasks opened
 * away from their own unit (`task.transferred`), steps of an ended level that the step
 * interrupted (`task.skipped`), and the passage over an ended level (`dossier.rerouted`),
 * each with the legal basis of the ending. Nothing at all for a chain whose units never end.
 */
@Injectable()
export class ClosureAudit {
  async entries(manager: EntityManager, step: ClosureStep): Promise<AuditEntry[]> {
    if (!step.offices.mayClose) return [];
    const day = dayOf(step.now);
    const event = (type: string, payload: Record<string, unknown>): AuditEntry => ({
      dossierId: step.dossierId,
      instanceId: step.instanceId,
      type,
      actor: step.actor,
      occurredAt: step.now,
      payload,
    });
    const entries = step.openedTasks.flatMap((task) => {
      const unit = isLevel(task.level) ? step.offices.unitAt(task.level) : undefined;
      if (!unit || unit.id === task.localityId) return [];
      const office = step.offices.officeFor(task.level as Level, day);
      const reason = office?.reason === 'successor' ? 'successor' : 'level-closed';
      return [event('task.transferred', { taskId: task.id, elementId: task.elementId, name: task.name, fromLocalityId: unit.id, fromName: unit.name, toLocalityId: task.localityId, reason: REASON_TEXTS[reason], legalBasis: endingBasis(unit) })];
    });
    const closedLevels = step.offices.closedLevels(day);
    if (closedLevels.length === 0) return entries;
    const closedIds = step.result.closedTaskExecutionIds;
    const closed = closedIds.length ? await manager.getRepository(TaskEntity).findBy({ instanceId: step.instanceId, executionId: In(closedIds) }) : [];
    for (const level of closedLevels) {
      // closedLevels only names levels of the chain, so the unit is there.
      const unit = step.offices.unitAt(level);
      if (!unit) continue;
      const basis = endingBasis(unit);
      const skipped = closed.filter((task) => task.level === level && task.status === 'cancelled');
      entries.push(...skipped.map((task) => event('task.skipped', { taskId: task.id, elementId: task.elementId, name: task.name, level, localityId: task.localityId, reason: REASON_TEXTS.skipped, legalBasis: basis })));
      const cameFromBelow = closed.some((task) => isLevel(task.level) && levelRank(task.level) >= levelRank(level));
      const wentAbove = step.openedTasks.filter((task) => isLevel(task.level) && levelRank(task.level) < levelRank(level));
      const authorityEnded = step.result.ended?.result === 'authority-ended';
      if (!cameFromBelow || (wentAbove.length === 0 && !authorityEnded)) continue;
      entries.push(
        event('dossier.rerouted', {
          skippedLevel: level,
          skippedUnit: { id: unit.id, code: unit.code, name: unit.name, validTo: unit.validTo },
          interruptedTasks: skipped.map((task) => task.name),
          nextTasks: wentAbove.map((task) => ({ taskId: task.id, name: task.name, localityId: task.localityId })),
          ...(authorityEnded ? { result: 'authority-ended', resultLabel: step.result.ended?.name ?? null } : {}),
          legalBasis: basis,
        }),
      );
    }
    return entries;
  }
}
