import { createProcessRuntime, type StepResult } from '../index';
import { throughJson, waitingElementIds, waitingTask } from '../testing/step-helpers';
import { parallelModel, returnLoopModel } from '../testing/test-models';

describe('parallel branches and loops, state saved between every step', () => {
  const runtime = createProcessRuntime();

  it('splits, waits for both branches at the join, then continues', async () => {
    const definition = await runtime.compile(parallelModel());
    const started = await runtime.start(definition, { businessKey: 'HS-P1', variables: {} });
    expect(waitingElementIds(started)).toEqual(['finance', 'legal']);

    const afterLegal = await runtime.completeTask(definition, throughJson(started.state), {
      executionId: waitingTask(started, 'legal').executionId,
      outcome: 'ok',
    });
    expect(waitingElementIds(afterLegal)).toEqual(['finance']);
    expect(afterLegal.openedTasks).toEqual([]);
    expect(afterLegal.closedTaskExecutionIds).toEqual([waitingTask(started, 'legal').executionId]);

    const afterFinance = await runtime.completeTask(definition, throughJson(afterLegal.state), {
      executionId: waitingTask(afterLegal, 'finance').executionId,
      outcome: 'ok',
    });
    expect(waitingElementIds(afterFinance)).toEqual(['decide']);

    const done = await runtime.completeTask(definition, throughJson(afterFinance.state), {
      executionId: waitingTask(afterFinance, 'decide').executionId,
      outcome: 'sign',
    });
    expect(done.status).toBe('completed');
    expect(done.ended?.elementId).toBe('done');
  });

  it('returns to an earlier task, which waits again under a new execution id', async () => {
    const definition = await runtime.compile(returnLoopModel());
    const started = await runtime.start(definition, { businessKey: 'HS-L1', variables: {} });
    const firstAppraisal = waitingTask(started, 'appraise');

    const returned = await complete(started, 'appraise', 'return');
    expect(waitingElementIds(returned)).toEqual(['supplement']);

    const resubmitted = await complete(returned, 'supplement', 'resubmit');
    const secondAppraisal = waitingTask(resubmitted, 'appraise');
    expect(secondAppraisal.executionId).not.toBe(firstAppraisal.executionId);
    expect(resubmitted.openedTasks.map((task) => task.executionId)).toEqual([secondAppraisal.executionId]);
    expect(resubmitted.variables.tasks).toMatchObject({
      appraise: { outcome: 'return' },
      supplement: { outcome: 'resubmit' },
    });

    const approved = await complete(resubmitted, 'appraise', 'approve');
    expect(approved.status).toBe('completed');
    expect(approved.variables.tasks).toMatchObject({ appraise: { outcome: 'approve' } });

    async function complete(previous: StepResult, elementId: string, outcome: string): Promise<StepResult> {
      return runtime.completeTask(definition, throughJson(previous.state), {
        executionId: waitingTask(previous, elementId).executionId,
        outcome,
      });
    }
  });
});
