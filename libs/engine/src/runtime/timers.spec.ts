import { createProcessRuntime, TimerNotArmedError, type CapturedTimer, type StepResult } from '../index';
import { daysAfter, T0, throughJson, waitingElementIds, waitingTask } from '../testing/step-helpers';
import { boundaryTimersModel, postingPeriodModel, reminderCycleModel } from '../testing/test-models';

function timerOf(result: StepResult, elementId: string): CapturedTimer {
  const timer = result.timers.find((candidate) => candidate.elementId === elementId);
  if (!timer) throw new Error(`timer <${elementId}> is not armed`);
  return timer;
}

describe('timers captured as data', () => {
  const runtime = createProcessRuntime();

  it('captures boundary timers with their expiry computed from the step instant', async () => {
    const definition = await runtime.compile(boundaryTimersModel());
    const started = await runtime.start(definition, { businessKey: 'HS-T1', variables: {}, now: T0 });

    expect(started.timers).toHaveLength(2);
    expect(started.disarmedTimerExecutionIds).toEqual([]);
    expect(timerOf(started, 'reminder_timer')).toEqual({
      executionId: expect.any(String),
      elementId: 'reminder_timer',
      attachedToElementId: 'appraise',
      interrupting: false,
      timerType: 'timeDuration',
      value: 'P3D',
      expireAt: daysAfter(T0, 3).toISOString(),
    });
    expect(timerOf(started, 'escalation_timer')).toMatchObject({ interrupting: true, value: 'P30D', expireAt: daysAfter(T0, 30).toISOString() });
  });

  it('fires a non-interrupting timer: the task keeps waiting, the reminder opens', async () => {
    const definition = await runtime.compile(boundaryTimersModel());
    const started = await runtime.start(definition, { businessKey: 'HS-T2', variables: {}, now: T0 });
    const appraise = waitingTask(started, 'appraise');

    const reminded = await runtime.fireTimer(definition, throughJson(started.state), timerOf(started, 'reminder_timer').executionId, {
      now: daysAfter(T0, 3),
    });

    expect(waitingElementIds(reminded)).toEqual(['appraise', 'remind']);
    expect(waitingTask(reminded, 'appraise').executionId).toBe(appraise.executionId);
    expect(reminded.openedTasks.map((task) => task.elementId)).toEqual(['remind']);
    expect(reminded.closedTaskExecutionIds).toEqual([]);
    // Both timers were long due by the wall clock: resuming fired neither by itself.
    expect(reminded.timers.map((timer) => timer.elementId)).toEqual(['escalation_timer']);
    expect(timerOf(reminded, 'escalation_timer').expireAt).toBe(timerOf(started, 'escalation_timer').expireAt);
    // The fired reminder is disarmed; the escalation, still armed, is not.
    expect(reminded.disarmedTimerExecutionIds).toEqual([timerOf(started, 'reminder_timer').executionId]);
  });

  it('drops a task\'s boundary timers when the task completes', async () => {
    const definition = await runtime.compile(boundaryTimersModel());
    const started = await runtime.start(definition, { businessKey: 'HS-T3', variables: {}, now: T0 });

    const done = await runtime.completeTask(definition, throughJson(started.state), {
      executionId: waitingTask(started, 'appraise').executionId,
      outcome: 'approve',
    });

    expect(done.timers).toEqual([]);
    expect([...done.disarmedTimerExecutionIds].sort()).toEqual(started.timers.map((timer) => timer.executionId).sort());
    expect(done.status).toBe('completed');
    expect(done.ended?.elementId).toBe('done');
  });

  it('fires an interrupting timer: the task is cancelled, the escalation opens', async () => {
    const definition = await runtime.compile(boundaryTimersModel());
    const started = await runtime.start(definition, { businessKey: 'HS-T4', variables: {}, now: T0 });
    const appraise = waitingTask(started, 'appraise');

    const escalated = await runtime.fireTimer(definition, throughJson(started.state), timerOf(started, 'escalation_timer').executionId);

    expect(waitingElementIds(escalated)).toEqual(['escalate']);
    expect(escalated.closedTaskExecutionIds).toEqual([appraise.executionId]);
    expect(escalated.timers).toEqual([]);
    // The fired escalation and the reminder of the interrupted task, both disarmed.
    expect([...escalated.disarmedTimerExecutionIds].sort()).toEqual(started.timers.map((timer) => timer.executionId).sort());
  });

  it('fires an intermediate timer whose duration is an expression, whatever its expiry', async () => {
    const definition = await runtime.compile(postingPeriodModel());
    const started = await runtime.start(definition, { businessKey: 'HS-T5', variables: { postingPeriod: 'P10D' }, now: T0 });

    expect(started.waitingTasks).toEqual([]);
    expect(started.timers).toEqual([
      {
        executionId: expect.any(String),
        elementId: 'posting',
        timerType: 'timeDuration',
        value: 'P10D',
        expireAt: daysAfter(T0, 10).toISOString(),
      },
    ]);

    const posted = await runtime.fireTimer(definition, throughJson(started.state), started.timers[0].executionId, { now: daysAfter(T0, 1) });

    expect(waitingElementIds(posted)).toEqual(['council']);
    expect(posted.timers).toEqual([]);
  });

  it('does not fire a timer twice, nor one it does not know', async () => {
    const definition = await runtime.compile(postingPeriodModel('P10D'));
    const started = await runtime.start(definition, { businessKey: 'HS-T6', variables: {}, now: T0 });
    const timerId = started.timers[0].executionId;
    const posted = await runtime.fireTimer(definition, throughJson(started.state), timerId);

    await expect(runtime.fireTimer(definition, throughJson(posted.state), timerId)).rejects.toBeInstanceOf(TimerNotArmedError);
    await expect(runtime.fireTimer(definition, throughJson(started.state), 'posting_nope_0')).rejects.toMatchObject({
      code: 'ENGINE_TIMER_NOT_ARMED',
      timerExecutionId: 'posting_nope_0',
    });
  });

  it('re-arms a cycle from the instant it fired, as many times as it says', async () => {
    const definition = await runtime.compile(reminderCycleModel());
    let result = await runtime.start(definition, { businessKey: 'HS-T7', variables: {}, now: T0 });
    const expiries: string[] = [];

    while (result.timers.length) {
      const [timer] = result.timers;
      expiries.push(timer.expireAt);
      result = await runtime.fireTimer(definition, throughJson(result.state), timer.executionId, { now: new Date(timer.expireAt) });
    }

    expect(expiries).toEqual([1, 2, 3].map((days) => daysAfter(T0, days).toISOString()));
    expect(waitingElementIds(result)).toEqual(['appraise']);
  });

  it('captures an absolute date as given, whatever the step instant', async () => {
    const definition = await runtime.compile(postingPeriodModel('${meetingDate}').replace('timeDuration', 'timeDate').replace('timeDuration', 'timeDate'));
    const started = await runtime.start(definition, { businessKey: 'HS-T8', variables: { meetingDate: '2025-04-01T08:00:00+07:00' }, now: T0 });

    expect(started.timers).toMatchObject([{ timerType: 'timeDate', value: '2025-04-01T08:00:00+07:00', expireAt: '2025-04-01T01:00:00.000Z' }]);
  });
});
