import { ApiClient, isErrorBody } from '../support/api-client';
import type { CompletionResponse, Task } from '../support/api-types';
import { approving, ChainDriver, type Step } from '../support/chain';
import { startServer, type RunningServer } from '../support/server';
import { createStorage, usingPostgres, type Storage } from '../support/storage';
import { waitFor } from '../support/wait';

/** The codes a losing concurrent completion may answer with: both say "someone else got there first". */
const CONFLICT_CODES = ['TASK_NOT_OPEN', 'INSTANCE_CONFLICT'];

/**
 * Completes every step of a dossier twice at once, through `drivers` in turn (one per api
 * process), and checks that each step was applied exactly once.
 */
async function raceEveryStep(drivers: [ChainDriver, ChainDriver], dossierId: string): Promise<{ steps: string[]; losingCodes: string[] }> {
  const [first, second] = drivers;
  const steps: string[] = [];
  const losingCodes: string[] = [];
  for (let guard = 0; guard < 20; guard++) {
    const open = await first.openTasks(dossierId);
    if (open.length === 0) break;
    expect(open).toHaveLength(1);
    const task = open[0] as Task;
    const actor = await first.actorFor(task);
    await Promise.all([first.api.token(actor), second.api.token(actor)]);
    const both: Step[] = await Promise.all([first.complete(task, approving(task), actor), second.complete(task, approving(task), actor)]);
    const statuses = both.map((step) => step.response.status).sort();
    expect({ step: task.elementId, statuses }).toEqual({ step: task.elementId, statuses: [200, 409] });
    const winner = both.find((step) => step.response.status === 200) as Step;
    const loser = both.find((step) => step.response.status === 409) as Step;
    expect(isErrorBody(loser.response.body)).toBe(true);
    const code = (loser.response.body as unknown as { code: string }).code;
    expect(CONFLICT_CODES).toContain(code);
    losingCodes.push(code);

    const dossier = await second.dossier(dossierId);
    expect(dossier.history.verified).toBe(true);
    expect(dossier.history.events.filter((event) => event.type === 'task.completed' && event.payload['taskId'] === task.id)).toHaveLength(1);
    expect(dossier.tasks.filter((candidate) => candidate.status === 'open').map((candidate) => candidate.id)).toEqual(winner.response.body.nextTasks.map((next) => next.id));
    steps.push(task.elementId);
  }
  return { steps, losingCodes };
}

describe('the same task completed twice at the same moment on one process', () => {
  let storage: Storage;
  let server: RunningServer;
  let driver: ChainDriver;

  beforeAll(async () => {
    storage = await createStorage();
    server = await startServer({ storageEnv: storage.env, env: { TIMER_POLL_MS: '0' } });
    driver = new ChainDriver(new ApiClient(server.baseUrl));
  });

  afterAll(async () => {
    await server?.stop();
    await storage?.drop();
  });

  it('applies each step once: one 200, one 409 with a conflict code', async () => {
    const id = await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'BK-CT-TINH' });
    const { steps } = await raceEveryStep([driver, driver], id);
    expect(steps.at(-1)).toBe('province_decide');
    expect((await driver.dossier(id)).status).toBe('closed');
  });
});

interface FiredCount {
  dossier_id: string;
  fired: number;
}

// Several api processes share a database only on PostgreSQL (PGlite is one process's folder),
// so these tests exist only in a run with DATABASE_URL set.
if (usingPostgres()) {
  describe('two api processes on one PostgreSQL', () => {
    let storage: Storage;
    const servers: RunningServer[] = [];
    let drivers: [ChainDriver, ChainDriver];

    beforeAll(async () => {
      storage = await createStorage();
      const api = new ApiClient('');
      for (const name of ['A', 'B']) {
        servers.push(await startServer({ name: `api ${name}`, storageEnv: storage.env, env: { TIMER_POLL_MS: '100' } }));
      }
      drivers = [new ChainDriver(api.on(servers[0]!.baseUrl)), new ChainDriver(api.on(servers[1]!.baseUrl))];
    });

    afterAll(async () => {
      await Promise.all(servers.map((server) => server.stop()));
      await storage?.drop();
    });

    it('fires each of many due timer jobs exactly once, whichever process claims it', async () => {
      const count = 12;
      const ids: string[] = [];
      // Built through both processes, four dossiers at a time.
      for (let batch = 0; batch < count; batch += 4) {
        ids.push(
          ...(await Promise.all(
            [0, 1, 2, 3].map(async (offset) => {
              const driver = drivers[(batch + offset) % 2] as ChainDriver;
              const id = await driver.createAndSubmit({ localityCode: 'HN-THANHXUAN', awardTypeCode: 'BK-CT-TINH' });
              await driver.step(id); // commune council
              await driver.step(id); // commune forward
              await driver.step(id, () => ({ outcome: 'return', comment: 'Bổ sung báo cáo thành tích' })); // province appraisal
              return id;
            }),
          )),
        );
      }
      const armed = await storage.query<{ id: string }>(`SELECT id FROM timer_jobs WHERE dossier_id = ANY($1::uuid[]) AND status = 'pending' AND element_id = 'commune_supplement_for_province_timeout'`, [ids]);
      expect(armed).toHaveLength(count);

      // Every deadline passes at once while both schedulers poll every 100 ms.
      await storage.query(`UPDATE timer_jobs SET due_at = now() - interval '1 hour' WHERE id = ANY($1::uuid[])`, [armed.map((job) => job.id)]);
      await waitFor(
        `${count} supplement timers to fire`,
        async () => {
          const [row] = await storage.query<{ done: string }>(`SELECT count(*) AS done FROM timer_jobs WHERE id = ANY($1::uuid[]) AND status <> 'pending'`, [armed.map((job) => job.id)]);
          return Number(row?.done) === count ? true : undefined;
        },
        { timeoutMs: 20_000, intervalMs: 100 },
      );

      const jobs = await storage.query<{ status: string; attempts: number }>(`SELECT status, attempts FROM timer_jobs WHERE id = ANY($1::uuid[])`, [armed.map((job) => job.id)]);
      expect(jobs).toEqual(armed.map(() => ({ status: 'fired', attempts: 0 })));
      const fired = await storage.query<FiredCount>(
        `SELECT d.id AS dossier_id, count(e.id)::int AS fired FROM dossiers d LEFT JOIN audit_events e ON e.dossier_id = d.id AND e.type = 'timer.fired' WHERE d.id = ANY($1::uuid[]) GROUP BY d.id ORDER BY d.id`,
        [ids],
      );
      expect(fired).toEqual([...ids].sort().map((id) => ({ dossier_id: id, fired: 1 })));
      for (const id of ids) {
        const dossier = await drivers[0].dossier(id);
        expect({ status: dossier.status, result: dossier.result, verified: dossier.history.verified }).toEqual({ status: 'closed', result: 'expired', verified: true });
      }
      const logLines = servers.flatMap((server) => server.output().split('\n').filter((line) => /Fired commune_supplement_for_province_timeout of dossier/.test(line)));
      expect(logLines).toHaveLength(count);
    });

    it('lets exactly one of two processes complete the same task at the same moment', async () => {
      const id = await drivers[0].createAndSubmit({ localityCode: 'HN-THANHXUAN', awardTypeCode: 'BK-CT-TINH' });
      const { steps, losingCodes } = await raceEveryStep(drivers, id);
      expect(steps).toEqual(['commune_council', 'commune_forward', 'province_appraise', 'province_council', 'province_decide']);
      expect(losingCodes).toHaveLength(steps.length);
      const dossier = await drivers[1].dossier(id);
      expect({ status: dossier.status, result: dossier.result }).toEqual({ status: 'closed', result: 'granted' });
    });

    it('answers a retry with the same Idempotency-Key racing through the other process as the original', async () => {
      const id = await drivers[0].createAndSubmit({ localityCode: '07246', awardTypeCode: 'GK-CT-XA' });
      const task = await drivers[0].onlyOpenTask(id);
      const actor = await drivers[0].actorFor(task);
      await drivers[0].api.token(actor);
      const send = (driver: ChainDriver) =>
        driver.api.request<CompletionResponse>('POST', `/api/tasks/${task.id}/complete`, { as: actor, body: approving(task), headers: { 'Idempotency-Key': `vote-${task.id}` } });
      const [first, second] = await Promise.all([send(drivers[0]), send(drivers[1])]);
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(second.body).toEqual(first.body);
      const dossier = await drivers[1].dossier(id);
      expect(dossier.history.events.filter((event) => event.type === 'task.completed')).toHaveLength(1);
      expect(dossier.tasks.filter((candidate) => candidate.status === 'open').map((candidate) => candidate.elementId)).toEqual(['commune_decide']);
    });
  });
}
