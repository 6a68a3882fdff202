import type { Level } from '@vinh-danh/domain';
import type { ChainSpec } from './chains';
import { DossierRun } from './dossier-run';
import { councilVote, decision, type StartVariables } from './factories';

/** The outcome (and data) that moves each kind of step forward. */
function forwardingCompletion(elementId: string): { outcome: string; data?: Record<string, unknown> } {
  if (elementId.endsWith('_appraise')) return { outcome: 'approve' };
  if (elementId.endsWith('_council')) return { outcome: 'record', data: councilVote() };
  if (elementId.endsWith('_decide')) return { outcome: 'decide', data: decision() };
  if (elementId.endsWith('_forward')) return { outcome: 'forward' };
  if (elementId === 'central_submit') return { outcome: 'submit' };
  throw new Error(`no forwarding outcome for <${elementId}>`);
}

/**
 * Moves the dossier forward one step: completes the one waiting task with its approving
 * outcome or, when nothing waits, fires the armed catch-event timer (the public posting).
 */
export async function stepForward(run: DossierRun): Promise<void> {
  const [task, ...others] = run.lastStep.waitingTasks;
  if (task && others.length === 0) {
    const { outcome, data } = forwardingCompletion(task.elementId);
    await run.complete(task.elementId, outcome, data);
    return;
  }
  const posting = run.timers.find((t) => t.attachedToElementId === undefined);
  if (!task && posting) {
    await run.fireTimer(posting.elementId);
    return;
  }
  throw new Error(`cannot step forward: waiting [${run.waitingTaskIds.join(', ')}]`);
}

/** Approves every step until the process ends; the model alone decides where it goes. */
export async function approveToEnd(chain: ChainSpec, variables: Partial<StartVariables>): Promise<DossierRun> {
  const run = await DossierRun.start(chain, variables);
  for (let steps = 0; run.status === 'running'; steps++) {
    if (steps > 40) throw new Error('the chain did not end after 40 approving steps');
    await stepForward(run);
  }
  return run;
}

/**
 * Starts a dossier granted at `central` (so every tier forwards) and approves it until
 * `elementId` waits.
 */
export async function approveUntil(
  chain: ChainSpec,
  elementId: string,
  variables: Partial<StartVariables> = {},
): Promise<DossierRun> {
  const run = await DossierRun.start(chain, { grantingLevel: 'central', ...variables });
  for (let steps = 0; !run.lastStep.waitingTasks.some((t) => t.elementId === elementId); steps++) {
    if (run.status !== 'running' || steps > 40) throw new Error(`<${elementId}> never waited (${run.status})`);
    await stepForward(run);
  }
  return run;
}

/** Runs up to the council of `level` with that level's appraisal (if any) approved. */
export function approveUntilCouncil(chain: ChainSpec, level: Level, variables: Partial<StartVariables> = {}) {
  return approveUntil(chain, `${level}_council`, variables);
}
