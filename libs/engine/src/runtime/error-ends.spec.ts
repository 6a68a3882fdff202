import { createProcessRuntime, TaskNotWaitingError } from '../index';
import { throughJson, waitingElementIds, waitingTask } from '../testing/step-helpers';
import { caughtErrorModel, uncaughtErrorModel } from '../testing/test-models';

describe('error end events', () => {
  const runtime = createProcessRuntime();

  it('fails the instance with the error code when nothing catches the error', async () => {
    const definition = await runtime.compile(uncaughtErrorModel());
    const started = await runtime.start(definition, { businessKey: 'HS-E1', variables: {} });

    const rejected = await runtime.completeTask(definition, throughJson(started.state), {
      executionId: waitingTask(started, 'review').executionId,
      outcome: 'reject',
    });

    expect(rejected.status).toBe('failed');
    expect(rejected.ended).toEqual({ elementId: 'rejected', errorCode: 'DOSSIER_REJECTED' });
    expect(rejected.waitingTasks).toEqual([]);
  });

  it('continues through the boundary error event that catches it', async () => {
    const definition = await runtime.compile(caughtErrorModel());
    const started = await runtime.start(definition, { businessKey: 'HS-E2', variables: {} });
    const review = waitingTask(started, 'review');
    expect(waitingElementIds(started)).toEqual(['review']);

    const caught = await runtime.completeTask(definition, throughJson(started.state), {
      executionId: review.executionId,
      outcome: 'reject',
    });

    expect(caught.status).toBe('running');
    expect(caught.ended).toBeUndefined();
    expect(waitingElementIds(caught)).toEqual(['notify_rejection']);
    expect(caught.closedTaskExecutionIds).toEqual([review.executionId]);
    // The task ran inside the sub-process; its completion still reaches the process variables.
    expect(caught.variables).toMatchObject({ outcome: 'reject', tasks: { review: { outcome: 'reject' } } });

    const notified = await runtime.completeTask(definition, throughJson(caught.state), {
      executionId: waitingTask(caught, 'notify_rejection').executionId,
      outcome: 'sent',
    });
    expect(notified.status).toBe('completed');
    expect(notified.ended).toEqual({ elementId: 'notified' });
    await expect(
      runtime.completeTask(definition, notified.state, { executionId: waitingTask(caught, 'notify_rejection').executionId, outcome: 'sent' }),
    ).rejects.toBeInstanceOf(TaskNotWaitingError);
  });

  it('completes normally through the sub-process when no error is thrown', async () => {
    const definition = await runtime.compile(caughtErrorModel());
    const started = await runtime.start(definition, { businessKey: 'HS-E3', variables: {} });

    const approved = await runtime.completeTask(definition, throughJson(started.state), {
      executionId: waitingTask(started, 'review').executionId,
      outcome: 'approve',
    });

    expect(approved.status).toBe('completed');
    expect(approved.ended).toEqual({ elementId: 'done' });
  });
});
