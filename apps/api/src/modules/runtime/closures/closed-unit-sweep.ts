import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isLevel } from '@vinh-danh/domain';
import { AuditLog, type AuditEntry } from '../../audit/audit-log';
import { DossierEntity } from '../../dossiers/entities/dossier.entity';
import { LocalityEntity } from '../../localities/entities/locality.entity';
import { TaskEntity } from '../../tasks/entities/task.entity';
import { row } from '../../../database/typeorm-rows';
import { TimerJobEntity } from '../entities/timer-job.entity';
import { dayOf } from './chain-offices';
import { ChainOfficesLoader } from './chain-offices.loader';
import { endingBasis, REASON_TEXTS } from './reform-basis';

/** Suffix of the boundary timers that take a dossier off a level that ended (processes/README.md). */
export const UNIT_CLOSED_SUFFIX = '_unit_closed';
/** History event of a task left at an ended unit with no office to take it over. */
export const STRANDED_EVENT = 'task.stranded';

/** Pages of candidates one run may look through, so tasks it cannot move never use up the batch. */
const MAX_PAGES = 4;

/** Where the last page ended: the (created_at, id) of its last task. */
interface Cursor {
  createdAt: string;
  id: string;
}

/** What the sweep did with one task. */
type Handled = 'moved' | 'stranded' | 'skipped';

/**
 * Moves work off units that have ended, whenever and however they ended (the date passed,
 * or an admin closed the unit by import): an open task of a level that ended for good has
 * its model's closing timer brought forward, so the process itself skips the level; any
 * other open task at an ended unit goes to the unit that took it over (or, its level gone,
 * to the unit below on the dossier's chain). It looks at the state, not at events, so it
 * catches up after any downtime; the timer scheduler runs it before every poll.
 *
 * A task with nowhere to go (its unit ended with no successor and no unit of the dossier's
 * chain below it stands: a split ward's commune step, a district's own supplement after
 * 1/7/2025) is flagged once with a `task.stranded` event in the dossier's history, which
 * supervisors read, and skipped from then on while it stays at that unit. Candidates are
 * read page after page, so tasks that fail or are locked elsewhere do not hold back the rest.
 */
@Injectable()
export class ClosedUnitSweep {
  private readonly logger = new Logger('ClosedUnits');

  constructor(
    private readonly dataSource: DataSource,
    private readonly chains: ChainOfficesLoader,
    private readonly audit: AuditLog,
  ) {}

  /** Handles up to `limit` open tasks at ended units; returns how many it moved or brought forward. */
  async run(now: Date, limit = 50): Promise<number> {
    const day = dayOf(now);
    let handled = 0;
    let after: Cursor | undefined;
    for (let page = 0; page < MAX_PAGES && handled < limit; page++) {
      const candidates = await this.candidates(day, now, limit, after);
      for (const { id } of candidates) {
        if (handled >= limit) break;
        try {
          if ((await this.dataSource.transaction((manager) => this.handle(manager, id, now))) === 'moved') handled++;
        } catch (error) {
          this.logger.warn(`Could not move task ${id} off its ended unit: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      const last = candidates.at(-1);
      if (!last || candidates.length < limit) break;
      after = { createdAt: last.created_at, id: last.id };
    }
    return handled;
  }

  /**
   * Open tasks at units ended by `day`, oldest first after `after`, except those whose
   * closing timer is already due and those flagged stranded at the unit they are at.
   * Cheap when nothing ended: one probe per ended unit on the (status, locality_id, …) index.
   */
  private candidates(day: string, now: Date, limit: number, after?: Cursor): Promise<Array<{ id: string; created_at: string }>> {
    // created_at as text: a JS Date would round it to the millisecond and the page would read it again.
    return this.dataSource.query(
      `SELECT t.id, t.created_at::text AS created_at FROM tasks t
        WHERE t.status = 'open'
          AND t.locality_id = ANY(ARRAY(SELECT l.id FROM localities l WHERE l.valid_to < $1::date))
          AND NOT EXISTS (SELECT 1 FROM timer_jobs j WHERE j.instance_id = t.instance_id AND j.attached_to_element_id = t.element_id
                          AND j.status = 'pending' AND j.element_id LIKE $2 AND j.due_at <= $3)
          AND NOT EXISTS (SELECT 1 FROM audit_events e WHERE e.dossier_id = t.dossier_id AND e.type = $7
                          AND e.payload->>'taskId' = t.id::text AND e.payload->>'localityId' = t.locality_id::text)
          AND ($5::timestamptz IS NULL OR (t.created_at, t.id) > ($5::timestamptz, $6::uuid))
        ORDER BY t.created_at, t.id LIMIT $4`,
      [day, `%${UNIT_CLOSED_SUFFIX.replace(/_/g, '\\_')}`, now, limit, after?.createdAt ?? null, after?.id ?? null, STRANDED_EVENT],
    );
  }

  private async handle(manager: EntityManager, taskId: string, now: Date): Promise<Handled> {
    const task = await manager
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .where('t.id = :taskId AND t.status = :open', { taskId, open: 'open' })
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getOne();
    if (!task) return 'skipped';
    if (!isLevel(task.level)) return this.flagStranded(manager, task, now);
    const dossier = await manager.getRepository(DossierEntity).findOneByOrFail({ id: task.dossierId });
    const offices = await this.chains.load(manager, dossier.localityId);
    const day = dayOf(now);
    if (offices.closedLevels(day).includes(task.level)) {
      const closing = await manager
        .getRepository(TimerJobEntity)
        .createQueryBuilder('j')
        .where('j.instance_id = :instanceId AND j.attached_to_element_id = :elementId AND j.status = :pending AND j.element_id LIKE :suffix', {
          instanceId: task.instanceId,
          elementId: task.elementId,
          pending: 'pending',
          suffix: `%${UNIT_CLOSED_SUFFIX.replace(/_/g, '\\_')}`,
        })
        .getOne();
      if (closing) {
        // The model knows what skipping this level means: let its timer fire now.
        await manager.getRepository(TimerJobEntity).update({ id: closing.id }, { dueAt: now });
        return 'moved';
      }
    }
    const office = offices.officeFor(task.level, day);
    if (!office || office.office.id === task.localityId) return this.flagStranded(manager, task, now);
    // Usually the task's own unit; a successor that has ended in turn otherwise.
    const from = office.unit.id === task.localityId ? office.unit : await manager.getRepository(LocalityEntity).findOneBy({ id: task.localityId });
    await manager.getRepository(TaskEntity).update({ id: task.id, status: 'open' }, row<Partial<TaskEntity>>({ localityId: office.office.id, assignee: null }));
    await this.audit.append(manager, [
      sweepEvent(task, 'task.transferred', now, {
        fromLocalityId: task.localityId,
        toLocalityId: office.office.id,
        toName: office.office.name,
        releasedAssignee: task.assignee,
        reason: REASON_TEXTS[office.reason === 'successor' ? 'successor' : 'level-closed'],
        legalBasis: endingBasis(from ?? office.unit),
      }),
    ]);
    return 'moved';
  }

  /** Tells the dossier's history, once, that this task waits at an ended unit with nobody to take it over. */
  private async flagStranded(manager: EntityManager, task: TaskEntity, now: Date): Promise<Handled> {
    const flagged: unknown[] = await manager.query(
      `SELECT 1 FROM audit_events WHERE dossier_id = $1 AND type = $2 AND payload->>'taskId' = $3 AND payload->>'localityId' = $4 LIMIT 1`,
      [task.dossierId, STRANDED_EVENT, task.id, task.localityId],
    );
    // Another sweep may have flagged it between our reading the candidates and locking the task.
    if (flagged.length) return 'stranded';
    const unit = await manager.getRepository(LocalityEntity).findOneBy({ id: task.localityId });
    this.logger.warn(`Task ${task.id} (${task.elementId}) waits at ended unit ${unit?.code ?? task.localityId} with no office to take it over`);
    await this.audit.append(manager, [
      sweepEvent(task, STRANDED_EVENT, now, {
        level: task.level,
        localityId: task.localityId,
        localityName: unit?.name ?? null,
        reason: REASON_TEXTS.stranded,
        ...(unit ? { legalBasis: endingBasis(unit) } : {}),
      }),
    ]);
    return 'stranded';
  }
}

/** An event the sweep writes about one task, in the task's dossier history. */
function sweepEvent(task: TaskEntity, type: AuditEntry['type'], now: Date, details: Record<string, unknown>): AuditEntry {
  return {
    dossierId: task.dossierId,
    instanceId: task.instanceId,
    type,
    actor: 'system:localities',
    occurredAt: now,
    payload: { taskId: task.id, elementId: task.elementId, name: task.name, ...details },
  };
}
