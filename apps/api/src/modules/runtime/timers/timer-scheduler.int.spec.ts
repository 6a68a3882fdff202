import { ChainDriver } from '../../../testing/chain-driver';
import { useTestApp, type TestApp } from '../../../testing/test-app';
import { Clock } from '../../../common/clock/clock';
import { APP_CONFIG } from '../../../config/app-config';
import { TimerScheduler } from './timer-scheduler';
import { FireTimerUseCase } from './fire-timer.use-case';
import { ClosedUnitSweep } from '../closures/closed-unit-sweep';
import { DataSource } from 'typeorm';

describe('durable timer jobs', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;

  beforeAll(() => {
    ({ t, driver } = app);
  });

  /** A dossier returned for supplement: its interrupting timeout is the pending job. */
  async function returnedDossier(): Promise<string> {
    const id = await driver.createAndSubmit({ localityCode: 'HN-THANHXUAN', awardTypeCode: 'BK-CT-TINH' });
    await driver.step(id);
    await driver.step(id);
    await driver.completeOk(await driver.onlyOpenTask(id), { outcome: 'return', comment: 'Bổ sung hồ sơ' });
    return id;
  }

  const secondScheduler = () =>
    new TimerScheduler(t.app.get(DataSource), t.app.get(FireTimerUseCase), t.app.get(Clock), t.app.get(APP_CONFIG), t.app.get(ClosedUnitSweep));

  it('fires each due job exactly once when two schedulers poll at the same time', async () => {
    const dossiers = [await returnedDossier(), await returnedDossier(), await returnedDossier()];
    t.clock.advanceDays(31);
    const [a, b] = await Promise.all([t.fireDueTimers(), secondScheduler().runDueJobs()]);
    expect(a + b).toBeGreaterThanOrEqual(dossiers.length);
    for (const id of dossiers) {
      const fired = await t.dataSource.query(`SELECT payload FROM audit_events WHERE dossier_id = $1 AND type = 'timer.fired'`, [id]);
      const supplementTimeouts = fired.filter((row: { payload: { elementId: string } }) => row.payload.elementId.endsWith('_timeout'));
      expect(supplementTimeouts).toHaveLength(1);
      expect((await driver.dossier(id)).result).toBe('expired');
    }
    const pending = await t.dataSource.query(`SELECT count(*)::int AS n FROM timer_jobs WHERE status = 'pending' AND due_at <= $1`, [t.clock.now()]);
    expect(pending[0].n).toBe(0);
  });

  it('cancels the timers of a step that completes before they are due', async () => {
    const id = await returnedDossier();
    await driver.completeOk(await driver.onlyOpenTask(id), { outcome: 'resubmit', comment: 'Đã bổ sung' });
    const jobs = await t.dataSource.query(`SELECT element_id, status FROM timer_jobs WHERE dossier_id = $1 ORDER BY created_at`, [id]);
    const timeout = jobs.find((job: { element_id: string }) => job.element_id.endsWith('_timeout'));
    expect(timeout.status).toBe('cancelled');
  });

  it('keeps a job that fails and retries it later instead of losing it', async () => {
    const id = await returnedDossier();
    const [job] = await t.dataSource.query(`SELECT id FROM timer_jobs WHERE dossier_id = $1 AND status = 'pending' AND element_id LIKE '%_timeout'`, [id]);
    // Point the instance at a definition that cannot be loaded, as a failing read would.
    await t.dataSource.query(`UPDATE process_instances SET definition_id = '00000000-0000-4000-8000-000000000000' WHERE dossier_id = $1`, [id]);
    t.clock.advanceDays(31);
    await t.fireDueTimers();
    const [after] = await t.dataSource.query(`SELECT status, attempts, last_error, due_at FROM timer_jobs WHERE id = $1`, [job.id]);
    expect(after.status).toBe('pending');
    expect(after.attempts).toBe(1);
    expect(after.last_error).toEqual(expect.any(String));
    expect(new Date(after.due_at).getTime()).toBeGreaterThan(t.clock.now().getTime());
    expect((await driver.dossier(id)).status).toBe('in_progress');
  });
});
