import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { addWorkingDays, dueDateWithPauses, dueInstant, vietnamDateOf, type YearCalendars } from '@vinh-danh/calendar';
import type { WaitingTask } from '@vinh-danh/engine';
import { CALENDAR_SIGNATURE_SQL, CalendarStore } from '../../calendar/calendar-store';
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
    const { calendars, earlier } = await this.countingFacts(manager, instanceId, counted.map((task) => task.elementId));
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

  /**
   * The working-day calendars and the earlier activations of these steps in the instance
   * (oldest first, per element id), read in one statement: the calendars' digest beside the
   * task history, so a step pays one round trip for both.
   */
  private async countingFacts(manager: EntityManager, instanceId: string, elementIds: string[]): Promise<{ calendars: YearCalendars; earlier: Map<string, EarlierActivation[]> }> {
    const [row] = (await manager.query(
      `SELECT ${CALENDAR_SIGNATURE_SQL} AS signature,
         (SELECT coalesce(json_agg(json_build_object('elementId', element_id, 'createdAt', created_at, 'completedAt', completed_at, 'outcome', outcome) ORDER BY created_at, completed_at), '[]')
            FROM tasks WHERE instance_id = $1 AND element_id = ANY($2::varchar[])) AS earlier`,
      [instanceId, [...new Set(elementIds)]],
    )) as Array<{ signature: string; earlier: Array<{ elementId: string; createdAt: string; completedAt: string | null; outcome: string | null }> }>;
    const byElement = new Map<string, EarlierActivation[]>();
    for (const activation of row?.earlier ?? []) {
      const activations = byElement.get(activation.elementId) ?? [];
      activations.push({ createdAt: new Date(activation.createdAt), completedAt: activation.completedAt ? new Date(activation.completedAt) : null, outcome: activation.outcome });
      byElement.set(activation.elementId, activations);
    }
    return { calendars: await this.calendarStore.calendarsFor(row?.signature ?? '', manager), earlier: byElement };
  }
}

function explicitDueAt(task: WaitingTask): Date | null {
  if (!task.resolvedDueDate) return null;
  const explicit = new Date(task.resolvedDueDate);
  return Number.isNaN(explicit.getTime()) ? null : explicit;
}
