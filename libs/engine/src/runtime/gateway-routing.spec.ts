import { createProcessRuntime, ProcessExecutionError } from '../index';
import { throughJson, waitingTask, waitingElementIds } from '../testing/step-helpers';
import { conditionFormsModel, councilVoteModel, reviewModel } from '../testing/test-models';

describe('exclusive gateway routing', () => {
  const runtime = createProcessRuntime();

  it('routes on the outcome set by the completion, before the gateway evaluates', async () => {
    const definition = await runtime.compile(reviewModel());
    const started = await runtime.start(definition, { businessKey: 'HS-1', variables: { initiator: 'clerk.X01' } });
    const review = waitingTask(started, 'review');

    const approved = await runtime.completeTask(definition, throughJson(started.state), {
      executionId: review.executionId,
      outcome: 'approve',
    });

    expect(waitingElementIds(approved)).toEqual(['decide']);
    expect(approved.closedTaskExecutionIds).toEqual([review.executionId]);
    expect(approved.openedTasks.map((task) => task.elementId)).toEqual(['decide']);
    expect(approved.status).toBe('running');
  });

  it('takes the other branch and ends there for the other outcome', async () => {
    const definition = await runtime.compile(reviewModel());
    const started = await runtime.start(definition, { businessKey: 'HS-2', variables: {} });

    const rejected = await runtime.completeTask(definition, throughJson(started.state), {
      executionId: waitingTask(started, 'review').executionId,
      outcome: 'reject',
    });

    expect(rejected.status).toBe('completed');
    expect(rejected.ended).toEqual({ elementId: 'rejected', name: 'Từ chối', result: 'rejected' });
    expect(rejected.waitingTasks).toEqual([]);
  });

  it.each([
    [9, 10, 90, ['proclaim']],
    [8, 10, 90, []],
    [8, 10, 80, ['proclaim']],
  ])('evaluates arithmetic: %i of %i votes against %i%%', async (votesFor, members, councilThresholdPercent, expected) => {
    const definition = await runtime.compile(councilVoteModel());
    const started = await runtime.start(definition, { businessKey: 'HS-3', variables: { councilThresholdPercent } });

    const voted = await runtime.completeTask(definition, throughJson(started.state), {
      executionId: waitingTask(started, 'vote').executionId,
      outcome: 'recorded',
      data: { votesFor, members },
    });

    expect(waitingElementIds(voted)).toEqual(expected);
    expect(voted.ended?.elementId).toBe(expected.length ? undefined : 'failed');
  });

  it.each([
    ['a', {}, 'juel_branch'],
    ['a', { urgent: true }, 'feel_branch'],
    ['b', {}, 'feel_branch'],
    ['c', {}, 'language_branch'],
  ])('reads ${...}, =... and language="feel" conditions (outcome %s, data %j)', async (outcome, data, expected) => {
    const definition = await runtime.compile(conditionFormsModel());
    const started = await runtime.start(definition, { businessKey: 'HS-4', variables: {} });

    const routed = await runtime.completeTask(definition, started.state, {
      executionId: waitingTask(started, 'review').executionId,
      outcome,
      data,
    });

    expect(waitingElementIds(routed)).toEqual([expected]);
  });

  it('fails the step with a typed error when no condition holds and there is no default', async () => {
    const definition = await runtime.compile(conditionFormsModel());
    const started = await runtime.start(definition, { businessKey: 'HS-5', variables: {} });

    const attempt = runtime.completeTask(definition, started.state, {
      executionId: waitingTask(started, 'review').executionId,
      outcome: 'none of them',
    });

    await expect(attempt).rejects.toBeInstanceOf(ProcessExecutionError);
    await expect(attempt).rejects.toThrow(/no conditional flow taken/);
  });
});
