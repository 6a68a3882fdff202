import { OFFICIAL_YEAR_CALENDARS, addWorkingDays, dueDateWithPauses, dueInstant, vietnamDateOf, workingDaysBetween } from '@vinh-danh/calendar';
import type { ChainDriver } from '../../../testing/chain-driver';
import { useTestApp, type TestApp } from '../../../testing/test-app';
import type { TaskView } from '../../tasks/views/task-view';

/** 09:00 in Hà Nội on that day. */
const morningOf = (date: string): string => `${date}T09:00:00+07:00`;

describe('task due dates on the working-day calendar', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;

  beforeAll(() => {
    ({ t, driver } = app);
  });

  async function openTask(dossierId: string): Promise<TaskView> {
    const tasks = (await driver.dossier(dossierId)).tasks as TaskView[];
    const open = tasks.filter((task) => task.status === 'open');
    expect(open).toHaveLength(1);
    return open[0] as TaskView;
  }

  /** A four-tier dossier waiting for the district's appraisal (commune council and forward done). */
  async function atDistrictAppraisal(): Promise<{ dossierId: string; appraisal: TaskView }> {
    const dossierId = await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'BK-CT-TINH' });
    await driver.step(dossierId);
    await driver.step(dossierId);
    const appraisal = await openTask(dossierId);
    expect(appraisal.elementId).toBe('district_appraise');
    return { dossierId, appraisal };
  }

  async function returnForSupplement(dossierId: string, on: string): Promise<void> {
    t.clock.set(morningOf(on));
    const appraisal = await driver.onlyOpenTask(dossierId);
    await driver.completeOk(appraisal, { outcome: 'return', comment: 'Bổ sung báo cáo thành tích có xác nhận của xã' });
    expect((await driver.onlyOpenTask(dossierId)).elementId).toBe('commune_supplement_for_district');
  }

  async function resubmit(dossierId: string, on: string): Promise<TaskView> {
    t.clock.set(morningOf(on));
    await driver.completeOk(await driver.onlyOpenTask(dossierId), { outcome: 'resubmit', comment: 'Đã bổ sung' });
    return openTask(dossierId);
  }

  it('stops the appraisal clock while the commune supplements the dossier, across Giỗ Tổ and 30/4–1/5', async () => {
    const openedOn = '2026-04-20';
    t.clock.set(morningOf(openedOn));
    const { dossierId, appraisal } = await atDistrictAppraisal();
    const limit = appraisal.limitWorkingDays as number;
    expect(limit).toBeGreaterThan(0);
    const originalDue = vietnamDateOf(appraisal.dueAt as string);
    expect(appraisal.dueAt).toBe(dueInstant(addWorkingDays(openedOn, limit, OFFICIAL_YEAR_CALENDARS)));

    const returnedOn = '2026-04-22';
    await returnForSupplement(dossierId, returnedOn);
    // The commune takes seven working days to send it back; the break of 25/4–3/5 lies in between.
    const resubmittedOn = addWorkingDays(returnedOn, 7, OFFICIAL_YEAR_CALENDARS);
    const reopened = await resubmit(dossierId, resubmittedOn);

    expect(reopened.elementId).toBe('district_appraise');
    expect(reopened.id).not.toBe(appraisal.id);
    const paused = workingDaysBetween(returnedOn, resubmittedOn, OFFICIAL_YEAR_CALENDARS);
    expect(paused).toBe(7);
    expect(reopened.dueAt).toBe(dueInstant(addWorkingDays(originalDue, paused, OFFICIAL_YEAR_CALENDARS)));
    expect(reopened.dueAt).toBe(dueInstant(dueDateWithPauses(openedOn, limit, [{ from: returnedOn, to: resubmittedOn }], OFFICIAL_YEAR_CALENDARS) as string));
    // Neither the first due date nor a fresh count from the resubmission.
    expect(reopened.dueAt).not.toBe(appraisal.dueAt);
    expect(reopened.dueAt).not.toBe(dueInstant(addWorkingDays(resubmittedOn, limit, OFFICIAL_YEAR_CALENDARS)));
  });

  it('adds up two returns of the same review', async () => {
    const openedOn = '2026-03-02';
    t.clock.set(morningOf(openedOn));
    const { dossierId, appraisal } = await atDistrictAppraisal();
    const originalDue = vietnamDateOf(appraisal.dueAt as string);
    const pauses = [
      { from: '2026-03-03', to: '2026-03-06' },
      { from: '2026-03-09', to: '2026-03-16' },
    ];
    await returnForSupplement(dossierId, pauses[0]!.from);
    await resubmit(dossierId, pauses[0]!.to);
    await returnForSupplement(dossierId, pauses[1]!.from);
    const reopened = await resubmit(dossierId, pauses[1]!.to);

    const paused = pauses.reduce((sum, pause) => sum + workingDaysBetween(pause.from, pause.to, OFFICIAL_YEAR_CALENDARS), 0);
    expect(paused).toBe(8);
    expect(reopened.dueAt).toBe(dueInstant(addWorkingDays(originalDue, paused, OFFICIAL_YEAR_CALENDARS)));
    expect(reopened.dueAt).toBe(dueInstant(dueDateWithPauses(openedOn, appraisal.limitWorkingDays as number, pauses, OFFICIAL_YEAR_CALENDARS) as string));
  });

  it('gives the next step a fresh clock once the appraisal is approved', async () => {
    t.clock.set(morningOf('2026-03-02'));
    const { dossierId } = await atDistrictAppraisal();
    await returnForSupplement(dossierId, '2026-03-03');
    await resubmit(dossierId, '2026-03-10');
    t.clock.set(morningOf('2026-03-11'));
    await driver.step(dossierId); // district appraisal approved
    const council = await openTask(dossierId);
    expect(council.elementId).toBe('district_council');
    expect(council.dueAt).toBe(dueInstant(addWorkingDays('2026-03-11', council.limitWorkingDays as number, OFFICIAL_YEAR_CALENDARS)));
  });

  describe('GET /api/tasks?overdue=', () => {
    const list = async (query: string) => t.http().get(`/api/tasks?scope=all&${query}`).set(await t.as('supervisor.24'));

    it('lists the tasks past their due instant, open or closed late, and the others apart', async () => {
      t.clock.set(morningOf('2026-06-01'));
      const late = await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'BK-CT-TINH' });
      const lateTask = await openTask(late);
      expect(lateTask.dueAt).not.toBeNull();
      // One second past the end of its last day in Vietnam.
      t.clock.set(new Date(new Date(lateTask.dueAt as string).getTime() + 1000));
      const fresh = await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'BK-CT-TINH' });
      const freshTask = await openTask(fresh);

      const overdue = await list('overdue=true');
      expect(overdue.status).toBe(200);
      const overdueIds = (overdue.body.items as TaskView[]).map((task) => task.id);
      expect(overdueIds).toContain(lateTask.id);
      expect(overdueIds).not.toContain(freshTask.id);
      expect((overdue.body.items as TaskView[]).every((task) => task.overdue)).toBe(true);
      expect(overdue.body.total).toBe(overdue.body.items.length);

      const onTime = await list('overdue=false&pageSize=200');
      const onTimeIds = (onTime.body.items as TaskView[]).map((task) => task.id);
      expect(onTimeIds).toContain(freshTask.id);
      expect(onTimeIds).not.toContain(lateTask.id);
      expect((onTime.body.items as TaskView[]).every((task) => !task.overdue)).toBe(true);

      // Completed after its due instant: still counted as late once closed.
      await driver.step(late);
      const closedLate = await list(`status=completed&overdue=true&dossierId=${late}`);
      expect((closedLate.body.items as TaskView[]).map((task) => task.id)).toEqual([lateTask.id]);
      const closedOnTime = await list(`status=completed&overdue=false&dossierId=${late}`);
      expect(closedOnTime.body.items).toEqual([]);
    });

    it('one second before the due instant is not overdue', async () => {
      t.clock.set(morningOf('2026-07-01'));
      const dossierId = await driver.createAndSubmit({ localityCode: '07246', awardTypeCode: 'GK-CT-XA' });
      const task = await openTask(dossierId);
      expect(task.dueAt).not.toBeNull();
      t.clock.set(new Date(new Date(task.dueAt as string).getTime() - 1000));
      expect((await list(`overdue=true&dossierId=${dossierId}`)).body.items).toEqual([]);
      expect((await list(`overdue=false&dossierId=${dossierId}`)).body.items.map((item: TaskView) => item.id)).toEqual([task.id]);
    });

    it('refuses an overdue value other than true or false', async () => {
      const response = await list('overdue=yes');
      expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });
  });
});
