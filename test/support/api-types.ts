/** The parts of the public HTTP contract (DESIGN.md) the black-box tests read. */

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  correlationId?: string;
}

export interface Locality {
  id: string;
  code: string;
  name: string;
  level: string;
  parentId: string | null;
}

export interface AwardType {
  code: string;
  name: string;
  grantingLevel: string;
  councilThresholdPercent: number;
}

export interface Task {
  id: string;
  dossierId: string;
  elementId: string;
  name: string;
  level: string;
  localityId: string;
  candidateRole: string;
  assignee: string | null;
  outcomes: string[];
  formKey: string | null;
  status: string;
  outcome: string | null;
  data: Record<string, unknown> | null;
  comment: string | null;
  completedBy: string | null;
  createdAt: string;
  dueAt: string | null;
  completedAt: string | null;
}

export interface HistoryEvent {
  id: string;
  type: string;
  actor: string;
  occurredAt: string;
  payload: Record<string, unknown>;
}

export interface Dossier {
  id: string;
  code: string;
  title: string;
  awardTypeCode: string;
  localityId: string;
  status: string;
  result: string | null;
  resultLabel: string | null;
  processKey: string | null;
  tasks: Task[];
  history: { verified: boolean; events: HistoryEvent[] };
}

export interface Completion {
  outcome: string;
  data?: Record<string, unknown>;
  comment?: string;
}

export interface CompletionResponse {
  task: Task;
  dossier: { id: string; code: string; status: string; result: string | null; resultLabel: string | null };
  nextTasks: Task[];
}

export interface Page<T> {
  items: T[];
  total: number;
}
