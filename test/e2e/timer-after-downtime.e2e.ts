import { ApiClient } from '../support/api-client';
import type { Dossier } from '../support/api-types';
import { ChainDriver } from '../support/chain';
import { startServer, type RunningServer } from '../support/server';
import { createStorage, type Storage } from '../support/storage';
import { waitFor } from '../support/wait';

interface TimerJobRow {
  id: string;
  dossier_id: string;
  element_id: string;
  status: string;
  due_at: Date | string;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * Timers are rows, not in-memory callbacks: a supplement deadline that passed while no
 * server ran fires on the first scheduler poll after the next start.
 */
describe('a timer that came due while the server was down', () => {
  let storage: Storage;
  let server: RunningServer | undefined;
  let driver: ChainDriver;
  const api = new ApiClient('');

  const start = async () => {
    server = await startServer({ storageEnv: storage.env, env: { TIMER_POLL_MS: '200' } });
    driver.api = api.on(server.baseUrl);
  };

  /** Brings a new two-tier dossier to the commune's supplement step (the province returned it). */
  const returnedForSupplement = async (): Promise<string> => {
    const id = await driver.createAndSubmit({ localityCode: 'HN-THANHXUAN', awardTypeCode: 'BK-CT-TINH' });
    await driver.step(id); // commune council
    await driver.step(id); // commune forward
    const appraise = await driver.onlyOpenTask(id);
    expect(appraise.elementId).toBe('province_appraise');
    await driver.completeOk(appraise, { outcome: 'return', comment: 'Đề nghị bổ sung báo cáo thành tích có xác nhận của thôn' });
    return id;
  };

  const pendingTimers = (dossierIds: string[]) =>
    storage.query<TimerJobRow>(`SELECT id, dossier_id, element_id, status, due_at FROM timer_jobs WHERE dossier_id = ANY($1::uuid[]) AND status = 'pending' ORDER BY dossier_id`, [dossierIds]);

  beforeAll(async () => {
    storage = await createStorage();
    driver = new ChainDriver(api);
    await start();
  });

  afterAll(async () => {
    await server?.stop();
    await storage?.drop();
  });

  it('fires the overdue supplement timer after the start and expires the dossier, leaving the others alone', async () => {
    const overdue = await returnedForSupplement();
    const control = await returnedForSupplement();
    const supplement = await driver.onlyOpenTask(overdue);
    expect(supplement).toMatchObject({ elementId: 'commune_supplement_for_province', candidateRole: 'clerk' });
    expect(await driver.actorFor(supplement)).toBe('clerk.HN-THANHXUAN');

    await server?.stop();
    server = undefined;
    const timers = await pendingTimers([overdue, control]);
    expect(timers.map((job) => job.element_id)).toEqual(['commune_supplement_for_province_timeout', 'commune_supplement_for_province_timeout']);
    const armed = timers.find((job) => job.dossier_id === overdue) as TimerJobRow;
    // P30D from now: nothing would fire on its own during this test.
    expect(new Date(armed.due_at).getTime()).toBeGreaterThan(Date.now() + 25 * DAY_MS);
    await storage.query(`UPDATE timer_jobs SET due_at = now() - interval '1 hour' WHERE id = $1`, [armed.id]);

    await start();
    const closed = await waitFor(
      `dossier ${overdue} to expire`,
      async () => {
        const dossier = await driver.dossier(overdue);
        return dossier.status === 'in_progress' ? undefined : dossier;
      },
      { timeoutMs: 10_000, intervalMs: 100 },
    );
    expect(closed).toMatchObject({ status: 'closed', result: 'expired' });
    expect(closed.history.verified).toBe(true);
    expect(closed.tasks.find((task) => task.id === supplement.id)?.status).toBe('cancelled');
    expect(closed.tasks.filter((task) => task.status === 'open')).toEqual([]);
    const fired = closed.history.events.filter((event) => event.type === 'timer.fired');
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({ actor: 'system:timer', payload: { elementId: 'commune_supplement_for_province_timeout', timerJobId: armed.id } });
    expect(closed.history.events.at(-1)?.type).toBe('process.ended');

    const untouched: Dossier = await driver.dossier(control);
    expect(untouched.status).toBe('in_progress');
    expect(untouched.tasks.filter((task) => task.status === 'open').map((task) => task.elementId)).toEqual(['commune_supplement_for_province']);
    expect(untouched.history.events.some((event) => event.type === 'timer.fired')).toBe(false);
  });

  it('marks the fired job fired and keeps the other one pending', async () => {
    await server?.stop();
    server = undefined;
    const rows = await storage.query<TimerJobRow>(`SELECT id, dossier_id, element_id, status, due_at FROM timer_jobs WHERE element_id LIKE '%_timeout' ORDER BY status`);
    expect(rows.map((job) => job.status)).toEqual(['fired', 'pending']);
  });
});
