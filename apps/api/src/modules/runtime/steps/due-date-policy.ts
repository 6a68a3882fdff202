import { Injectable } from '@nestjs/common';
import { addWorkingDays, dueInstant, vietnamDateOf } from '@vinh-danh/calendar';
import type { WaitingTask } from '@vinh-danh/engine';

/**
 * When a task falls due: an explicit `camunda:dueDate` wins; otherwise its `vd:limitWorkingDays`
 * counted on Vietnam's working-day calendar from the day it opened, due at the end of that
 * day in Vietnam time. A task without either has no due date.
 */
@Injectable()
export class DueDatePolicy {
  dueAt(openedAt: Date, task: WaitingTask): Date | null {
    if (task.resolvedDueDate) {
      const explicit = new Date(task.resolvedDueDate);
      if (!Number.isNaN(explicit.getTime())) return explicit;
    }
    if (!task.limitWorkingDays || task.limitWorkingDays <= 0) return null;
    return new Date(dueInstant(addWorkingDays(vietnamDateOf(openedAt), task.limitWorkingDays)));
  }
}
