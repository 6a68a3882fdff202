import { setTimeout as delay } from 'node:timers/promises';
import { ApiClient } from '../support/api-client';
import type { Dossier } from '../support/api-types';
import { ChainDriver, type Step } from '../support/chain';
import { startServer, type RunningServer } from '../support/server';
import { createStorage, type Storage } from '../support/storage';

/**
 * An acknowledged completion is on disk: `kill -9` right after the 200 (no shutdown hook, no
 * flush by the process) and a restart on the same data must show every acknowledged step.
 */
describe('crash safety: kill -9 right after acknowledged completions', () => {
  let storage: Storage;
  let server: RunningServer;
  let api: ApiClient;
  let driver: ChainDriver;
  const ids: Record<'fourTier' | 'twoTier' | 'commune', string> = { fourTier: '', twoTier: '', commune: '' };

  const start = async () => {
    server = await startServer({ storageEnv: storage.env, env: { TIMER_POLL_MS: '0' } });
    driver.api = api.on(server.baseUrl);
  };

  const crashAndRestart = async () => {
    await server.kill9();
    await start();
  };

  /** Everything the 200 said happened is there after the restart, once, with a verifiable history. */
  const expectDurable = async (steps: Step[]) => {
    for (const step of steps) {
      expect(step.response.status).toBe(200);
      const dossier = await driver.dossier(step.task.dossierId);
      expect(dossier.history.verified).toBe(true);
      expect(dossier.tasks.find((task) => task.id === step.task.id)).toMatchObject({
        status: 'completed',
        outcome: step.completion.outcome,
        completedBy: step.actor,
        data: step.completion.data ?? {},
      });
      const next = step.response.body.nextTasks.map((task) => task.id);
      expect(dossier.tasks.filter((task) => task.status === 'open').map((task) => task.id)).toEqual(next);
      expect(dossier.status).toBe(step.response.body.dossier.status);
      const completions = dossier.history.events.filter((event) => event.type === 'task.completed' && event.payload['taskId'] === step.task.id);
      expect(completions).toHaveLength(1);
    }
  };

  beforeAll(async () => {
    storage = await createStorage();
    api = new ApiClient('');
    driver = new ChainDriver(api);
    await start();
    ids.fourTier = await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'BK-CT-TINH' });
    ids.twoTier = await driver.createAndSubmit({ localityCode: 'HN-THANHXUAN', awardTypeCode: 'BK-CT-TINH' });
    ids.commune = await driver.createAndSubmit({ localityCode: '07246', awardTypeCode: 'GK-CT-XA' });
  });

  afterAll(async () => {
    await server?.stop();
    await storage?.drop();
  });

  it('keeps three concurrent council votes acknowledged just before the kill', async () => {
    const steps = await Promise.all(Object.values(ids).map((id) => driver.step(id)));
    await server.kill9();
    expect(steps.map((step) => step.task.elementId)).toEqual(['commune_council', 'commune_council', 'commune_council']);
    await start();
    await expectDurable(steps);
  });

  it('keeps a single acknowledged step and refuses to apply it twice after the restart', async () => {
    const forward = await driver.step(ids.fourTier);
    await crashAndRestart();
    expect(forward.task.elementId).toBe('commune_forward');
    await expectDurable([forward]);
    const again = await driver.complete(forward.task, forward.completion, forward.actor);
    expect(again.response.status).toBe(409);
    expect(again.response.body).toMatchObject({ statusCode: 409, code: 'TASK_NOT_OPEN' });
  });

  it('keeps a completion cut off by the kill all or nothing', async () => {
    const task = await driver.onlyOpenTask(ids.twoTier);
    const completion = { outcome: 'forward' };
    await driver.api.token(await driver.actorFor(task)); // log in first, so the kill meets the completion itself
    const inFlight = driver.complete(task, completion).then(
      (step) => step.response.status,
      () => 'no answer' as const,
    );
    // Not a wait for something to happen: the kill is meant to land while the server works on
    // the request (the first completion after a start takes a few hundred milliseconds).
    await delay(200);
    await server.kill9();
    const answer = await inFlight;
    await start();
    const dossier = await driver.dossier(ids.twoTier);
    expect(dossier.history.verified).toBe(true);
    const after = dossier.tasks.find((candidate) => candidate.id === task.id);
    const completedEvents = dossier.history.events.filter((event) => event.type === 'task.completed' && event.payload['taskId'] === task.id);
    const open = dossier.tasks.filter((candidate) => candidate.status === 'open').map((candidate) => candidate.elementId);
    if (after?.status === 'completed') {
      expect(completedEvents).toHaveLength(1);
      expect(open).toEqual(['province_appraise']);
    } else {
      expect(answer).not.toBe(200);
      expect(after?.status).toBe('open');
      expect(completedEvents).toHaveLength(0);
      expect(open).toEqual(['commune_forward']);
    }
  });

  it('then runs every chain to its end on the restarted server', async () => {
    const ends: Record<string, Pick<Dossier, 'status' | 'result'> & { last: string | undefined }> = {};
    for (const [name, id] of Object.entries(ids)) {
      const visited = await driver.runUntilWaiting(id);
      const dossier = await driver.dossier(id);
      expect(dossier.history.verified).toBe(true);
      const steps = dossier.tasks.filter((task) => task.status === 'completed').map((task) => task.elementId);
      ends[name] = { status: dossier.status, result: dossier.result, last: steps.at(-1) };
      expect(visited.length).toBeGreaterThan(0);
    }
    expect(ends).toEqual({
      fourTier: { status: 'closed', result: 'granted', last: 'province_decide' },
      twoTier: { status: 'closed', result: 'granted', last: 'province_decide' },
      commune: { status: 'closed', result: 'granted', last: 'commune_decide' },
    });
  });
});
