import { formForTask, type JsonSchema } from '@vinh-danh/domain';
import type { TaskEntity } from '../entities/task.entity';

/** A task as the public contract shows it (DESIGN.md, "A task in JSON"). */
export interface TaskView {
  id: string;
  dossierId: string;
  elementId: string;
  name: string;
  level: string;
  localityId: string;
  candidateRole: string;
  assignee: string | null;
  outcomes: string[];
  form: JsonSchema | null;
  formKey: string | null;
  limitWorkingDays: number | null;
  legalBasis: string | null;
  status: string;
  overdue: boolean;
  outcome: string | null;
  data: Record<string, unknown> | null;
  comment: string | null;
  completedBy: string | null;
  createdAt: string;
  dueAt: string | null;
  completedAt: string | null;
}

export function toTaskView(task: TaskEntity, now: Date): TaskView {
  const dueAt = task.dueAt ? new Date(task.dueAt) : null;
  return {
    id: task.id,
    dossierId: task.dossierId,
    elementId: task.elementId,
    name: task.name,
    level: task.level,
    localityId: task.localityId,
    candidateRole: task.candidateRole,
    assignee: task.assignee,
    outcomes: task.outcomes,
    form: formForTask(task) ?? null,
    formKey: task.formKey,
    limitWorkingDays: task.limitWorkingDays,
    legalBasis: task.legalBasis,
    status: task.status,
    overdue: dueAt !== null && (task.completedAt ? new Date(task.completedAt) : now) > dueAt,
    outcome: task.outcome,
    data: task.data,
    comment: task.comment,
    completedBy: task.completedBy,
    createdAt: new Date(task.createdAt).toISOString(),
    dueAt: dueAt?.toISOString() ?? null,
    completedAt: task.completedAt ? new Date(task.completedAt).toISOString() : null,
  };
}
