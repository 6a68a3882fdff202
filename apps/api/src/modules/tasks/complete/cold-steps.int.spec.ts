import { useTestApp } from '../../../testing/test-app';

/**
 * A step whose instance has no warm engine recovers the stored state: with warm engines on,
 * the state is read only then (after the task, dossier and instance were read without it).
 */
describe.each([
  ['one warm engine: every other step finds its engine evicted', '1'],
  ['no warm engines: every step recovers the state read with the task', '0'],
])('completing tasks with %s', (_label, cacheSize) => {
  const app = useTestApp({ INSTANCE_CACHE_SIZE: cacheSize });

  it('runs two interleaved dossiers through the whole chain, each as if alone', async () => {
    const { t, driver } = app;
    const input = { localityCode: '07234', awardTypeCode: 'BK-CT-TINH' };
    const first = await driver.createAndSubmit(input);
    const second = await driver.createAndSubmit(input);

    const visited: Record<string, string[]> = { [first]: [], [second]: [] };
    // Alternating, so with one warm engine each step finds the other dossier's engine kept.
    for (let step = 0; step < 40 && (await driver.openTasks(first)).length + (await driver.openTasks(second)).length > 0; step++) {
      for (const dossierId of [first, second]) {
        if ((await driver.openTasks(dossierId)).length > 0) visited[dossierId]?.push((await driver.step(dossierId)).elementId);
      }
    }

    expect(visited[first]?.length).toBeGreaterThan(4);
    expect(visited[second]).toEqual(visited[first]);
    for (const dossierId of [first, second]) {
      const dossier = await driver.dossier(dossierId);
      expect(dossier.status).toBe('closed');
      expect(dossier.result).toBe('granted');
      expect(dossier.history.verified).toBe(true);
    }
    const [{ version }] = await t.dataSource.query('SELECT version FROM process_instances WHERE dossier_id = $1', [first]);
    expect(version).toBe(visited[first]!.length + 1);
  });
});
