import { createProcessRuntime, UnsupportedElementError, type StepResult } from '../index';
import { throughJson, waitingTask } from '../testing/step-helpers';
import { parallelModel, reviewModel, serviceTaskModel } from '../testing/test-models';

describe('service tasks', () => {
  const runtime = createProcessRuntime();

  it('compile, but an instance reaching one fails its step with a typed error', async () => {
    const definition = await runtime.compile(serviceTaskModel());
    const started = await runtime.start(definition, { businessKey: 'HS-U1', variables: {} });

    const attempt = runtime.completeTask(definition, started.state, {
      executionId: waitingTask(started, 'review').executionId,
      outcome: 'done',
    });

    await expect(attempt).rejects.toBeInstanceOf(UnsupportedElementError);
    await expect(attempt).rejects.toMatchObject({ elementId: 'notify', elementType: 'bpmn:ServiceTask' });
  });
});

describe('one compiled definition, many instances', () => {
  const runtime = createProcessRuntime();

  it('serves interleaved instances without them seeing each other', async () => {
    const definition = await runtime.compile(reviewModel());
    const keys = Array.from({ length: 12 }, (_, index) => `HS-M${index}`);

    const started = await Promise.all(keys.map((businessKey, index) => runtime.start(definition, { businessKey, variables: { index } })));
    const outcomes = keys.map((_, index) => (index % 2 ? 'reject' : 'approve'));
    const completed = await Promise.all(
      started.map((result, index) =>
        runtime.completeTask(definition, throughJson(result.state), {
          executionId: waitingTask(result, 'review').executionId,
          outcome: outcomes[index],
          data: { index },
        }),
      ),
    );

    completed.forEach((result: StepResult, index) => {
      expect(result.variables).toMatchObject({ index, businessKey: keys[index], outcome: outcomes[index], data: { index } });
      expect(result.status).toBe(outcomes[index] === 'reject' ? 'completed' : 'running');
    });
    const executionIds = new Set(started.map((result) => result.waitingTasks[0].executionId));
    expect(executionIds.size).toBe(keys.length);
  });

  it('keeps parallel instances of another definition apart', async () => {
    const definition = await runtime.compile(parallelModel());
    const [first, second] = await Promise.all([
      runtime.start(definition, { businessKey: 'A', variables: {} }),
      runtime.start(definition, { businessKey: 'B', variables: {} }),
    ]);

    const firstAfter = await runtime.completeTask(definition, first.state, { executionId: waitingTask(first, 'legal').executionId, outcome: 'ok' });
    // The other instance's state does not know the first one's execution ids.
    await expect(
      runtime.completeTask(definition, second.state, { executionId: waitingTask(first, 'finance').executionId, outcome: 'ok' }),
    ).rejects.toMatchObject({ code: 'ENGINE_TASK_NOT_WAITING' });
    expect(firstAfter.waitingTasks.map((task) => task.elementId)).toEqual(['finance']);
  });
});
