/** One BPMN element of one flow, as the bottleneck query aggregates it (snake_case, as SQL returns it). */
export interface BottleneckRow {
  definition_key: string;
  element_id: string;
  name: string;
  level: string;
  open: number;
  completed: number;
  overdue_open: number;
  completed_late: number;
  median_wait_hours: number | null;
  p90_wait_hours: number | null;
  oldest_open_hours: number | null;
}

export interface BottleneckView {
  definitionKey: string;
  elementId: string;
  /** The step's name and level as its newest task carries them (a redeployed version may rename it). */
  name: string;
  level: string;
  /** Open now. */
  open: number;
  /** Completed within the window. */
  completed: number;
  /** `overdueOpen + completedLate`. */
  overdue: number;
  /** Open now and past their due instant. */
  overdueOpen: number;
  /** Completed within the window, after their due instant. */
  completedLate: number;
  /** Hours from opening to completion of the tasks completed within the window; null when none. */
  medianWaitHours: number | null;
  p90WaitHours: number | null;
  /** Hours the oldest open task has waited so far; null when none is open. */
  oldestOpenHours: number | null;
}

export interface BottlenecksView {
  /** The instant "now" was taken: open and overdue counts are as of then. */
  asOf: string;
  definitionKey: string | null;
  localityId: string | null;
  from: string | null;
  to: string | null;
  /** Worst first: see `MonitoringController.bottlenecks`. */
  rows: BottleneckView[];
}

export function toBottleneckView(row: BottleneckRow): BottleneckView {
  return {
    definitionKey: row.definition_key,
    elementId: row.element_id,
    name: row.name,
    level: row.level,
    open: row.open,
    completed: row.completed,
    overdue: row.overdue_open + row.completed_late,
    overdueOpen: row.overdue_open,
    completedLate: row.completed_late,
    medianWaitHours: hours(row.median_wait_hours),
    p90WaitHours: hours(row.p90_wait_hours),
    oldestOpenHours: hours(row.oldest_open_hours),
  };
}

/** Two decimals: 0.01 h is 36 seconds, finer than anyone reads a waiting time. */
function hours(value: number | null): number | null {
  return value === null ? null : Math.round(Number(value) * 100) / 100;
}
