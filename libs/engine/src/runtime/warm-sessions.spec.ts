import { createProcessRuntime, type StepResult } from '../index';
import { throughJson, waitingTask } from '../testing/step-helpers';
import { reviewModel } from '../testing/test-models';
import { EngineSession } from './engine-session';

/** Everything a caller stores or shows, without the parts that legitimately differ per engine. */
function comparable(result: StepResult) {
  return {
    status: result.status,
    waiting: result.waitingTasks.map((task) => task.elementId),
    opened: result.openedTasks.map((task) => task.elementId),
    closed: result.closedTaskExecutionIds.length,
    timers: result.timers.map((timer) => timer.elementId),
    ended: result.ended,
    variables: result.variables,
  };
}

describe('warm instances', () => {
  afterEach(() => jest.restoreAllMocks());

  it('gives the same results as recovering the stored state, and skips the recovery', async () => {
    const cold = createProcessRuntime();
    const warm = createProcessRuntime({ warmInstances: 10 });
    const definition = await warm.compile(reviewModel());
    const coldDefinition = await cold.compile(reviewModel());
    const recover = jest.spyOn(EngineSession, 'recover');

    const started = await warm.start(definition, { businessKey: 'HS-W1', variables: {} });
    warm.keepWarm(started, { key: 'HS-W1', version: 1 });
    const stepped = await warm.completeTask(definition, throughJson(started.state), {
      executionId: waitingTask(started, 'review').executionId,
      outcome: 'approve',
    }, { warm: { key: 'HS-W1', version: 1 } });
    expect(recover).not.toHaveBeenCalled();

    const coldStarted = await cold.start(coldDefinition, { businessKey: 'HS-W1', variables: {} });
    const coldStepped = await cold.completeTask(coldDefinition, throughJson(coldStarted.state), {
      executionId: waitingTask(coldStarted, 'review').executionId,
      outcome: 'approve',
    });
    expect(comparable(stepped)).toEqual(comparable(coldStepped));
    expect(recover).toHaveBeenCalledTimes(1);
  });

  it('recovers from the stored state when the caller read another version', async () => {
    const warm = createProcessRuntime({ warmInstances: 10 });
    const definition = await warm.compile(reviewModel());
    const started = await warm.start(definition, { businessKey: 'HS-W2', variables: {} });
    warm.keepWarm(started, { key: 'HS-W2', version: 1 });
    const recover = jest.spyOn(EngineSession, 'recover');
    await warm.completeTask(definition, throughJson(started.state), {
      executionId: waitingTask(started, 'review').executionId,
      outcome: 'reject',
    }, { warm: { key: 'HS-W2', version: 7 } });
    expect(recover).toHaveBeenCalledTimes(1);
  });

  it('reads the stored state through the loader only when it has to recover it', async () => {
    const warm = createProcessRuntime({ warmInstances: 10 });
    const definition = await warm.compile(reviewModel());
    const started = await warm.start(definition, { businessKey: 'HS-W3', variables: {} });
    warm.keepWarm(started, { key: 'HS-W3', version: 1 });
    const load = jest.fn(async () => throughJson(started.state));
    const completion = { executionId: waitingTask(started, 'review').executionId, outcome: 'approve' };

    await warm.completeTask(definition, load, completion, { warm: { key: 'HS-W3', version: 1 } });
    expect(load).not.toHaveBeenCalled();

    // The live engine was taken by that step and not kept: the same version again must recover.
    const recovered = await warm.completeTask(definition, load, completion, { warm: { key: 'HS-W3', version: 1 } });
    expect(load).toHaveBeenCalledTimes(1);
    expect(recovered.openedTasks.map((task) => task.elementId)).toEqual(['decide']);
  });

  it('keeps nothing for a result the caller did not store, nor when turned off', async () => {
    for (const runtime of [createProcessRuntime({ warmInstances: 10 }), createProcessRuntime()]) {
      const definition = await runtime.compile(reviewModel());
      const started = await runtime.start(definition, { businessKey: 'HS-W3', variables: {} });
      runtime.keepWarm(started, { key: 'HS-W3', version: 1 });
      const first = await runtime.completeTask(definition, throughJson(started.state), {
        executionId: waitingTask(started, 'review').executionId,
        outcome: 'approve',
      }, { warm: { key: 'HS-W3', version: 1 } });
      // `first` is never kept: the next call must recover, whatever the runtime held before.
      const recover = jest.spyOn(EngineSession, 'recover');
      await runtime.completeTask(definition, throughJson(first.state), {
        executionId: waitingTask(first, 'decide').executionId,
        outcome: 'sign',
      }, { warm: { key: 'HS-W3', version: 2 } });
      expect(recover).toHaveBeenCalledTimes(1);
      recover.mockRestore();
    }
  });
});
