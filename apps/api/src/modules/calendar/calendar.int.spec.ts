import {
  OFFICIAL_YEAR_CALENDARS,
  addDays,
  addWorkingDays,
  dueInstant,
  isWeekend,
  withBuiltInCalendars,
  type IsoDate,
  type YearCalendar,
} from '@vinh-danh/calendar';
import { useTestApp, type TestApp } from '../../testing/test-app';
import type { ChainDriver } from '../../testing/chain-driver';
import { CalendarStore } from './calendar-store';
import type { CalendarDayView } from './views/calendar-year-view';

/**
 * The breaks AS ANNOUNCED for state agencies (continuous spans of days off, weekends
 * included, and the Saturdays worked), written here independently of how libs/calendar
 * splits them into holidays, days in lieu and swaps. Sources: official-year-calendars.ts.
 */
const ANNOUNCED: Record<number, { breaks: Array<[IsoDate, IsoDate]>; saturdaysWorked: IsoDate[] }> = {
  2024: {
    breaks: [['2024-01-01', '2024-01-01'], ['2024-02-08', '2024-02-14'], ['2024-04-18', '2024-04-18'], ['2024-04-27', '2024-05-01'], ['2024-08-31', '2024-09-03']],
    saturdaysWorked: ['2024-05-04'],
  },
  2025: {
    breaks: [['2025-01-01', '2025-01-01'], ['2025-01-25', '2025-02-02'], ['2025-04-05', '2025-04-07'], ['2025-04-30', '2025-05-04'], ['2025-08-30', '2025-09-02']],
    saturdaysWorked: ['2025-04-26'],
  },
  2026: {
    breaks: [['2026-01-01', '2026-01-04'], ['2026-02-14', '2026-02-22'], ['2026-04-25', '2026-04-27'], ['2026-04-30', '2026-05-03'], ['2026-08-29', '2026-09-02']],
    saturdaysWorked: ['2026-01-10', '2026-08-22'],
  },
};

function daysOfYear(year: number): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = `${year}-01-01`; day <= `${year}-12-31`; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The next working day after `date` by the announcement alone: a weekday outside every break, or a Saturday worked. */
function nextAnnouncedWorkingDay(date: IsoDate): IsoDate {
  const all = Object.values(ANNOUNCED);
  const off = (day: IsoDate) => all.some((year) => year.breaks.some(([first, last]) => day >= first && day <= last));
  const worked = (day: IsoDate) => all.some((year) => year.saturdaysWorked.includes(day));
  let day = addDays(date, 1);
  while (!(worked(day) || (!isWeekend(day) && !off(day)))) day = addDays(day, 1);
  return day;
}

describe('the working-day calendar over HTTP', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;

  beforeAll(() => {
    ({ t, driver } = app);
  });

  const getYear = async (year: number | string) => t.http().get(`/api/calendar/${year}`).set(await t.as('clerk.07234'));
  const getDue = async (query: string) => t.http().get(`/api/calendar/due?${query}`).set(await t.as('clerk.07234'));
  const putYear = async (username: string, year: number, body: unknown) => t.http().put(`/api/calendar/${year}`).set(await t.as(username)).send(body as object);

  /** What a refused edit must not have written. */
  async function footprint() {
    const [{ years }] = await t.dataSource.query('SELECT count(*)::int AS years FROM calendar_years');
    const [{ events }] = await t.dataSource.query(`SELECT count(*)::int AS events FROM audit_events WHERE type = 'calendar.updated'`);
    return { years, events };
  }

  describe.each(Object.entries(ANNOUNCED).map(([year, announced]) => [Number(year), announced] as const))('GET /api/calendar/%i', (year, announced) => {
    it('serves the official schedule, marked as such, with Vietnamese labels', async () => {
      const response = await getYear(year);
      expect(response.status).toBe(200);
      expect(response.body.origin).toBe('official');
      expect(response.body.originLabel).toMatch(/chính thức/);
      expect(response.body.calendar).toEqual(OFFICIAL_YEAR_CALENDARS.find((calendar) => calendar.year === year));
      const swapped = (response.body.days as CalendarDayView[]).filter((day) => day.kind === 'swappedWorkingDay');
      expect(swapped.map((day) => [day.weekday, day.kindLabel])).toEqual(announced.saturdaysWorked.map(() => ['Thứ Bảy', 'Làm bù']));
    });

    it('takes off exactly the announced weekdays and works exactly the announced Saturdays, date by date', async () => {
      const days = (await getYear(year)).body.days as CalendarDayView[];
      const named = new Map(days.map((day) => [day.date, day]));
      // A date the schedule does not name is an ordinary one: worked on weekdays, off at weekends.
      const worked = (date: IsoDate) => named.get(date)?.isWorkingDay ?? !isWeekend(date);
      const inBreak = (date: IsoDate) => announced.breaks.some(([first, last]) => date >= first && date <= last);
      const allDays = daysOfYear(year);
      expect(allDays.filter((date) => !isWeekend(date) && !worked(date))).toEqual(allDays.filter((date) => !isWeekend(date) && inBreak(date)));
      expect(allDays.filter((date) => inBreak(date) && worked(date))).toEqual([]);
      expect(allDays.filter((date) => isWeekend(date) && worked(date))).toEqual(announced.saturdaysWorked);
      expect(days.filter((day) => !day.isWorkingDay).every((day) => day.label && day.kindLabel)).toBe(true);
    });

    it('counts across each break as announced (GET /api/calendar/due)', async () => {
      const eves = [...announced.breaks.map(([first]) => addDays(first, -1)), ...announced.saturdaysWorked.map((saturday) => addDays(saturday, -1))];
      for (const eve of eves) {
        const response = await getDue(`from=${eve}&workingDays=1`);
        expect([eve, response.status, response.body.due]).toEqual([eve, 200, nextAnnouncedWorkingDay(eve)]);
      }
    });
  });

  it('counts a limit across Tết 2026 (14–22/2) and ends it at 23:59:59 in Vietnam', async () => {
    // Tuesday 10/2: 11, 12, 13 February, then the nine-day break, then 23 and 24 February.
    const response = await getDue('from=2026-02-10&workingDays=5');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ from: '2026-02-10', workingDays: 5, due: '2026-02-24', dueAt: '2026-02-24T16:59:59.000Z' });
    expect(response.body.due).toBe(addWorkingDays('2026-02-10', 5, OFFICIAL_YEAR_CALENDARS));
    const fridayBefore = await getDue('from=2026-02-13&workingDays=1');
    expect(fridayBefore.body.due).toBe('2026-02-23');
  });

  it('falls back to the Labour Code rules for a year without an official schedule', async () => {
    const response = await getYear(2027);
    expect(response.status).toBe(200);
    expect(response.body.origin).toBe('rules');
    // Tết Đinh Mùi: mùng 1 is Saturday 6/2/2027.
    const tet = (response.body.days as CalendarDayView[]).find((day) => day.date === '2027-02-06');
    expect(tet).toMatchObject({ kind: 'holiday', weekday: 'Thứ Bảy', kindLabel: 'Nghỉ lễ, Tết', isWorkingDay: false });
  });

  it.each([
    ['an impossible date', 'from=2026-02-30&workingDays=1'],
    ['a date with a time', 'from=2026-02-10T00:00:00Z&workingDays=1'],
    ['no start date', 'workingDays=1'],
    ['zero working days', 'from=2026-02-10&workingDays=0'],
    ['more than a year of working days', 'from=2026-02-10&workingDays=366'],
    ['a fraction', 'from=2026-02-10&workingDays=1.5'],
    ['a word', 'from=2026-02-10&workingDays=mười'],
    ['a start outside the calendar', 'from=2200-01-01&workingDays=1'],
  ])('refuses %s with 400 VALIDATION_FAILED', async (_what, query) => {
    const response = await getDue(query);
    expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('refuses years it does not serve, and anonymous callers', async () => {
    for (const year of ['1800', '2101', 'hai-nghin']) {
      const response = await getYear(year);
      expect([year, response.status, response.body.code]).toEqual([year, 400, 'VALIDATION_FAILED']);
    }
    const anonymous = await t.http().get('/api/calendar/2026');
    expect([anonymous.status, anonymous.body.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  describe('PUT /api/calendar/{year}', () => {
    const official2026 = OFFICIAL_YEAR_CALENDARS.find((calendar) => calendar.year === 2026) as YearCalendar;
    const withCultureDay: YearCalendar = {
      ...official2026,
      extraDaysOff: [...official2026.extraDaysOff, { date: '2026-11-24', reason: 'Ngày Văn hóa Việt Nam (nghỉ theo quyết định)' }],
      source: `${official2026.source}; Ngày Văn hóa Việt Nam 24/11`,
    };

    it.each([
      ['a commune clerk', 'clerk.07234'],
      ['a province admin', 'admin.24'],
      ['a central supervisor', 'supervisor.TW'],
    ])('refuses %s with 403 and writes nothing', async (_who, username) => {
      const before = await footprint();
      const response = await putYear(username, 2026, withCultureDay);
      expect([response.status, response.body.code]).toEqual([403, 'CALENDAR_EDIT_FORBIDDEN']);
      expect(await footprint()).toEqual(before);
    });

    it.each([
      ['a swapped "Saturday" that is a weekday', { ...withCultureDay, swappedWorkingDays: [{ date: '2026-11-25', reason: 'thứ Tư' }] }, /2026-11-25 is already a working day/],
      ['a date that does not exist', { ...withCultureDay, extraDaysOff: [{ date: '2026-02-30', reason: 'không có' }] }, /2026-02-30/],
      ['a day both off and worked', { ...withCultureDay, swappedWorkingDays: [...official2026.swappedWorkingDays, { date: '2026-02-14', reason: 'x' }], extraDaysOff: [{ date: '2026-02-14', reason: 'y' }] }, /2026-02-14/],
      ['another year than the address', { ...withCultureDay, year: 2027 }, /2027/],
    ])('refuses %s with 422 CALENDAR_INVALID and writes nothing', async (_what, body, problem) => {
      const before = await footprint();
      const response = await putYear('admin.TW', 2026, body);
      expect([response.status, response.body.code]).toEqual([422, 'CALENDAR_INVALID']);
      expect(response.body.message).toMatch(/không hợp lệ/);
      expect(response.body.details.problems.some((text: string) => problem.test(text))).toBe(true);
      expect(await footprint()).toEqual(before);
    });

    it.each([
      ['lists that are missing', { year: 2026, holidays: [] }],
      ['an entry without its reason', { ...withCultureDay, extraDaysOff: [{ date: '2026-11-24' }] }],
      ['a blank holiday name', { ...withCultureDay, holidays: [{ date: '2026-01-01', name: '   ' }] }],
      ['a field the schedule does not have', { ...withCultureDay, note: 'x' }],
    ])('refuses %s with 400 VALIDATION_FAILED and writes nothing', async (_what, body) => {
      const before = await footprint();
      const response = await putYear('admin.TW', 2026, body);
      expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(await footprint()).toEqual(before);
    });

    it('lets a central admin add 24/11 as a day off: /due, new tasks and other processes follow', async () => {
      // Another api process on the same database, which has already read the schedules.
      const otherProcess = new CalendarStore(t.dataSource);
      const before = await otherProcess.calendars();
      expect((await getDue('from=2026-11-23&workingDays=1')).body.due).toBe('2026-11-24');

      const response = await putYear('admin.TW', 2026, withCultureDay);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ year: 2026, origin: 'edited', updatedBy: 'admin.TW', calendar: withCultureDay });
      expect(response.body.days.find((day: CalendarDayView) => day.date === '2026-11-24')).toMatchObject({ kind: 'extraDayOff', isWorkingDay: false, weekday: 'Thứ Ba' });
      expect((await getYear(2026)).body).toMatchObject({ origin: 'edited', calendar: withCultureDay });

      const edited = withBuiltInCalendars([withCultureDay]);
      expect((await getDue('from=2026-11-23&workingDays=1')).body.due).toBe('2026-11-25');
      expect((await getDue('from=2026-11-20&workingDays=7')).body.due).toBe(addWorkingDays('2026-11-20', 7, edited));
      const seenElsewhere = await otherProcess.calendars();
      expect(seenElsewhere).not.toBe(before);
      expect(addWorkingDays('2026-11-23', 1, seenElsewhere)).toBe('2026-11-25');

      // A task opened on Monday 23/11 counts its limit without the 24th.
      t.clock.set('2026-11-23T02:00:00Z');
      const dossierId = await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'BK-CT-TINH' });
      const task = (await driver.dossier(dossierId)).tasks.find((candidate: { status: string }) => candidate.status === 'open');
      expect(task.limitWorkingDays).toBeGreaterThan(0);
      expect(task.dueAt).toBe(dueInstant(addWorkingDays('2026-11-23', task.limitWorkingDays, edited)));
      expect(task.dueAt).not.toBe(dueInstant(addWorkingDays('2026-11-23', task.limitWorkingDays, OFFICIAL_YEAR_CALENDARS)));

      const audit = await t.dataSource.query(`SELECT dossier_id, actor, payload FROM audit_events WHERE type = 'calendar.updated'`);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ dossier_id: null, actor: 'admin.TW', payload: { year: 2026, previousOrigin: 'official', calendar: withCultureDay } });
    });

    it('lets the system administrator edit a year too, replacing the previous edit', async () => {
      const plain2026 = { ...official2026, source: 'Lịch chính thức, bỏ ngày 24/11' };
      const response = await putYear('admin', 2026, plain2026);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ origin: 'edited', updatedBy: 'admin', source: 'Lịch chính thức, bỏ ngày 24/11' });
      expect((await getDue('from=2026-11-23&workingDays=1')).body.due).toBe('2026-11-24');
      expect(await footprint()).toEqual({ years: 1, events: 2 });
    });
  });
});
