import { createProcessRuntime, OutcomeNotAllowedError, TaskNotWaitingError } from '../index';
import { throughJson, waitingTask } from '../testing/step-helpers';
import { parallelModel, reviewModel } from '../testing/test-models';

describe('user task completion', () => {
  const runtime = createProcessRuntime();

  async function startReview(variables: Record<string, unknown> = {}) {
    const definition = await runtime.compile(reviewModel());
    const started = await runtime.start(definition, { businessKey: 'HS-C1', variables });
    return { definition, started, review: waitingTask(started, 'review') };
  }

  it('describes a waiting task from its model attributes and resolves its expressions', async () => {
    const { review } = await startReview({ initiator: 'clerk.X01', deadline: '2025-03-17' });

    expect(review).toEqual({
      elementId: 'review',
      name: 'Xét duyệt',
      executionId: expect.any(String),
      candidateGroups: ['clerk', 'secretary'],
      assignee: '${initiator}',
      resolvedAssignee: 'clerk.X01',
      dueDate: '${deadline}',
      resolvedDueDate: '2025-03-17',
      formKey: 'vd:review',
      level: 'commune',
      limitWorkingDays: 10,
      legalBasis: 'Nghị định 98/2023/NĐ-CP',
      outcomes: ['approve', 'reject'],
    });
  });

  it('stores the outcome, data and a per-task record in the variables', async () => {
    const { definition, started, review } = await startReview({ initiator: 'clerk.X01' });

    const approved = await runtime.completeTask(definition, throughJson(started.state), {
      executionId: review.executionId,
      outcome: 'approve',
      data: { nominees: 3 },
      comment: 'Đủ hồ sơ',
      actor: 'user-7',
    });

    expect(approved.variables).toEqual({
      initiator: 'clerk.X01',
      businessKey: 'HS-C1',
      outcome: 'approve',
      data: { nominees: 3 },
      tasks: { review: { outcome: 'approve', data: { nominees: 3 }, comment: 'Đủ hồ sơ', actor: 'user-7' } },
    });
  });

  it('gives data an empty object when the completion has none', async () => {
    const { definition, started, review } = await startReview();

    const approved = await runtime.completeTask(definition, started.state, { executionId: review.executionId, outcome: 'approve' });

    expect(approved.variables.data).toEqual({});
    expect(approved.variables.tasks).toEqual({ review: { outcome: 'approve', data: {}, comment: null, actor: null } });
  });

  it('rejects an execution id that is not a waiting user task', async () => {
    const { definition, started, review } = await startReview();
    const approved = await runtime.completeTask(definition, started.state, { executionId: review.executionId, outcome: 'approve' });

    await expect(runtime.completeTask(definition, approved.state, { executionId: review.executionId, outcome: 'approve' })).rejects.toBeInstanceOf(
      TaskNotWaitingError,
    );
    await expect(runtime.completeTask(definition, started.state, { executionId: 'review_unknown', outcome: 'approve' })).rejects.toMatchObject({
      code: 'ENGINE_TASK_NOT_WAITING',
      executionId: 'review_unknown',
    });
  });

  it('rejects an outcome the task does not declare, and leaves the task waiting', async () => {
    const { definition, started, review } = await startReview();

    const attempt = runtime.completeTask(definition, started.state, { executionId: review.executionId, outcome: 'maybe' });

    await expect(attempt).rejects.toBeInstanceOf(OutcomeNotAllowedError);
    await expect(attempt).rejects.toMatchObject({ elementId: 'review', outcome: 'maybe', allowed: ['approve', 'reject'] });
    const retried = await runtime.completeTask(definition, started.state, { executionId: review.executionId, outcome: 'approve' });
    expect(retried.closedTaskExecutionIds).toEqual([review.executionId]);
  });

  it('accepts any outcome on a task that declares none', async () => {
    const definition = await runtime.compile(parallelModel());
    const started = await runtime.start(definition, { businessKey: 'HS-C2', variables: {} });

    const done = await runtime.completeTask(definition, started.state, {
      executionId: waitingTask(started, 'legal').executionId,
      outcome: 'whatever',
    });

    expect(done.variables.outcome).toBe('whatever');
  });
});

describe('start', () => {
  it('refuses variable names the engine would overwrite or shadow', async () => {
    const runtime = createProcessRuntime();
    const definition = await runtime.compile(reviewModel());

    await expect(runtime.start(definition, { businessKey: 'HS-V1', variables: { content: 'x', environment: 1 } })).rejects.toThrow(
      'Reserved variable names: content, environment',
    );
  });
});

describe('saved state', () => {
  it('recovers after a restart: a new runtime and a recompiled definition continue the JSON state', async () => {
    const xml = reviewModel();
    const before = createProcessRuntime();
    const started = await before.start(await before.compile(xml), { businessKey: 'HS-R1', variables: { initiator: 'a' } });
    const stored = JSON.stringify(started.state);

    const after = createProcessRuntime();
    const definition = await after.compile(xml);
    const approved = await after.completeTask(definition, JSON.parse(stored) as Record<string, unknown>, {
      executionId: waitingTask(started, 'review').executionId,
      outcome: 'approve',
    });

    expect(approved.waitingTasks.map((task) => task.elementId)).toEqual(['decide']);
    expect(approved.variables).toMatchObject({ initiator: 'a', businessKey: 'HS-R1', outcome: 'approve' });
  });

  it('holds no copy of the model and stays small', async () => {
    const runtime = createProcessRuntime();
    const definition = await runtime.compile(reviewModel());
    const started = await runtime.start(definition, { businessKey: 'HS-R2', variables: { initiator: 'a' } });
    const approved = await runtime.completeTask(definition, started.state, {
      executionId: waitingTask(started, 'review').executionId,
      outcome: 'approve',
    });

    for (const result of [started, approved]) {
      const json = JSON.stringify(result.state);
      expect(json).not.toContain('"source"');
      expect(json).not.toContain('bpmn:UserTask"},"candidateGroups'); // no serialised model elements
      expect(json.length).toBeLessThan(8_000);
    }
  });

  it('does not modify the state object it is given', async () => {
    const runtime = createProcessRuntime();
    const definition = await runtime.compile(reviewModel());
    const started = await runtime.start(definition, { businessKey: 'HS-R3', variables: {} });
    const snapshot = JSON.stringify(started.state);

    await runtime.completeTask(definition, started.state, { executionId: waitingTask(started, 'review').executionId, outcome: 'approve' });

    expect(JSON.stringify(started.state)).toBe(snapshot);
  });
});
