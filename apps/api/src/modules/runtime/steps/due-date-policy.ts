import { Injectable, Logger } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { addWorkingDays, dueDateWithPauses, dueInstant, vietnamDateOf, type YearCalendars } from '@vinh-danh/calendar';
import type { WaitingTask } from '@vinh-danh/engine';
import { CalendarStore } from '../../calendar/calendar-store';
import { TaskEntity } from '../../tasks/entities/task.entity';
import { dueClockOf, type EarlierActivation } from './due-clock';

/**
 * When a task falls due: an explicit `camunda:dueDate` wins; otherwise its `vd:limitWorkingDays`
 * counted on the effective working-day calendar (CalendarStore: admins' edits, the official
 * schedules, the rules) from the day it opened — or, for a step reopened after a return for
 * supplement, from its first opening with the time the dossier was out left uncounted (see
 * due-clock.ts) — due at the end of that day in Vietnam time. A task without either has no
 * due date.
 */
@Injectable()
export class DueDatePolicy {
  private readonly logger = new Logger(DueDatePolicy.name);

  constructor(private readonly calendarStore: CalendarStore) {}

  /**
   * The due instants of the tasks one step opens, in order. Runs inside the step's
   * transaction: every read goes through `manager`.
   */
  async dueAts(manager: EntityManager, instanceId: string, openedAt: Date, tasks: readonly WaitingTask[]): Promise<Array<Date | null>> {
    const counted = tasks.filter((task) => !explicitDueAt(task) && (task.limitWorkingDays ?? 0) > 0);
    if (counted.length === 0) return tasks.map(explicitDueAt);
    const calendars = await this.calendarStore.calendars(manager);
    const earlier = await this.earlierActivations(manager, instanceId, counted.map((task) => task.elementId));
    return tasks.map((task) => {
      const explicit = explicitDueAt(task);
      if (explicit || !task.limitWorkingDays || task.limitWorkingDays <= 0) return explicit;
      return this.countedDueAt(earlier.get(task.elementId) ?? [], openedAt, task.limitWorkingDays, calendars);
    });
  }

  private countedDueAt(earlier: EarlierActivation[], openedAt: Date, limit: number, calendars: YearCalendars): Date {
    const clock = dueClockOf(earlier, openedAt);
    try {
      // Never null here: every pause ended with this reopening.
      const due = dueDateWithPauses(clock.startedOn, limit, clock.pauses, calendars);
      if (due) return new Date(dueInstant(due));
    } catch (error) {
      // Only out-of-order task timestamps (clocks of several processes disagreeing) get here;
      // a due date from today is better than refusing the step.
      this.logger.warn(`Pauses not usable, counting from the reopening: ${String(error)}`);
    }
    return new Date(dueInstant(addWorkingDays(vietnamDateOf(openedAt), limit, calendars)));
  }

  /** Earlier activations of these steps in the instance, oldest first, per element id. */
  private async earlierActivations(manager: EntityManager, instanceId: string, elementIds: string[]): Promise<Map<string, EarlierActivation[]>> {
    const rows = await manager.getRepository(TaskEntity).find({
      where: { instanceId, elementId: In([...new Set(elementIds)]) },
      select: { elementId: true, createdAt: true, completedAt: true, outcome: true },
      order: { createdAt: 'ASC', completedAt: 'ASC' },
    });
    const byElement = new Map<string, EarlierActivation[]>();
    for (const row of rows) {
      byElement.set(row.elementId, [...(byElement.get(row.elementId) ?? []), { createdAt: new Date(row.createdAt), completedAt: row.completedAt ? new Date(row.completedAt) : null, outcome: row.outcome }]);
    }
    return byElement;
  }
}

function explicitDueAt(task: WaitingTask): Date | null {
  if (!task.resolvedDueDate) return null;
  const explicit = new Date(task.resolvedDueDate);
  return Number.isNaN(explicit.getTime()) ? null : explicit;
}
