import { CHAINS, appraisingLevels, levelBelow, supplementTaskId, type ChainSpec } from './support/chains';
import type { DossierRun } from './support/dossier-run';
import { START_INSTANT } from './support/factories';
import { approveUntil } from './support/scenarios';

const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(CHAINS)('$title: returns, supplements and deadlines', (chain: ChainSpec) => {
  describe.each(appraisingLevels(chain))('at %s', (level) => {
    const appraise = `${level}_appraise`;
    const supplement = supplementTaskId(chain, level);
    /** Approves the appraisal; a state award then waits out its public posting before the council. */
    const approveAppraisal = async (run: DossierRun) => {
      await run.complete(appraise, 'approve');
      if (level === 'central') await run.fireTimer('central_public_posting');
    };

    it('returns the dossier to the tier below, which resubmits it to the same appraisal', async () => {
      const run = await approveUntil(chain, appraise);
      const first = await run.complete(appraise, 'return');

      expect(run.waitingTaskIds).toEqual([supplement]);
      expect(run.task(supplement)).toMatchObject({
        candidateGroups: ['clerk'],
        level: levelBelow(chain, level),
        outcomes: ['resubmit', 'withdraw'],
      });
      expect(run.lastStep.closedTaskExecutionIds).toContain(first.executionId);

      await run.complete(supplement, 'resubmit');

      expect(run.waitingTaskIds).toEqual([appraise]);
      expect(run.task(appraise).executionId).not.toBe(first.executionId);
      expect(run.variables).toMatchObject({ tasks: { [supplement]: { outcome: 'resubmit' } } });
      await expect(run.completeExecution(first.executionId, 'approve')).rejects.toMatchObject({
        code: 'ENGINE_TASK_NOT_WAITING',
      });

      await approveAppraisal(run);

      expect(run.waitingTaskIds).toEqual([`${level}_council`]);
    });

    it('ends as withdrawn when the tier below withdraws instead of supplementing', async () => {
      const run = await approveUntil(chain, appraise);
      await run.complete(appraise, 'return');
      await run.complete(supplement, 'withdraw');

      expect(run.status).toBe('completed');
      expect(run.ended).toMatchObject({ elementId: `${supplement}_withdrawn`, name: 'Rút hồ sơ' });
      expect(run.lastStep.waitingTasks).toEqual([]);
    });

    it('ends as lapsed when the supplement timeout fires', async () => {
      const run = await approveUntil(chain, appraise);
      await run.complete(appraise, 'return');

      const timeout = run.timer(`${supplement}_timeout`);
      expect(timeout).toMatchObject({
        attachedToElementId: supplement,
        interrupting: true,
        timerType: 'timeDuration',
        value: 'P30D',
      });
      expect(Date.parse(timeout.expireAt)).toBe(START_INSTANT.getTime() + 30 * DAY_MS);
      expect(run.timers.map((t) => t.elementId)).toEqual([`${supplement}_timeout`]);

      run.advanceDays(30);
      await run.fireTimer(`${supplement}_timeout`);

      expect(run.status).toBe('completed');
      expect(run.ended).toMatchObject({ elementId: `${supplement}_expired`, name: 'Quá hạn bổ sung hồ sơ' });
      expect(run.lastStep.waitingTasks).toEqual([]);
      expect(run.timers).toEqual([]);
    });

    it('records an overdue reminder on the appraisal and keeps it waiting', async () => {
      const run = await approveUntil(chain, appraise);
      const waiting = run.task(appraise);
      const reminder = run.timer(`${appraise}_reminder`);

      expect(reminder).toMatchObject({
        attachedToElementId: appraise,
        interrupting: false,
        timerType: 'timeDuration',
        value: `P${Math.ceil((waiting.limitWorkingDays! * 7) / 5)}D`,
      });

      run.advanceDays(30);
      await run.fireTimer(`${appraise}_reminder`);

      expect(run.status).toBe('running');
      expect(run.waitingTaskIds).toEqual([appraise]);
      expect(run.task(appraise).executionId).toBe(waiting.executionId);
      expect(run.lastStep.openedTasks).toEqual([]);
      expect(run.timers.map((t) => t.elementId)).not.toContain(`${appraise}_reminder`);

      await approveAppraisal(run);

      expect(run.waitingTaskIds).toEqual([`${level}_council`]);
    });
  });
});
