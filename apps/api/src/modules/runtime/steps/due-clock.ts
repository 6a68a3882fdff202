import { vietnamDateOf, type IsoDate, type Pause } from '@vinh-danh/calendar';

/** An earlier activation of the same user task (BPMN element) in the same instance. */
export interface EarlierActivation {
  createdAt: Date;
  completedAt: Date | null;
  outcome: string | null;
}

/** From when a task's working-day limit runs, and when its clock stood still. */
export interface DueClock {
  startedOn: IsoDate;
  pauses: Pause[];
}

/** The outcome that sends a dossier down for supplement (bổ sung); the step opens again on resubmission. */
export const RETURN_OUTCOME = 'return';

/**
 * The clock of a task opening at `openedAt`. Normally it starts that day. When the previous
 * activation of the same step was completed with `return`, this is the same review resumed
 * (DESIGN.md: the clock pauses while a dossier is returned for supplements): it runs from the
 * first activation of that unbroken run of returns, paused from each return to the reopening
 * that followed it. `earlier` is in chronological order.
 */
export function dueClockOf(earlier: readonly EarlierActivation[], openedAt: Date): DueClock {
  let first = earlier.length;
  while (first > 0 && isReturned(earlier[first - 1])) first--;
  const run = earlier.slice(first);
  const pauses = run.map((activation, i) => ({
    from: vietnamDateOf(activation.completedAt as Date),
    to: vietnamDateOf(run[i + 1]?.createdAt ?? openedAt),
  }));
  return { startedOn: vietnamDateOf(run[0]?.createdAt ?? openedAt), pauses };
}

function isReturned(activation: EarlierActivation | undefined): boolean {
  return activation?.outcome === RETURN_OUTCOME && activation.completedAt !== null;
}
