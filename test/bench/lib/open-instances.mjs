/**
 * Section 4: memory and state size with many open instances. Dossiers are created and
 * submitted (each leaves one running instance waiting at its first task) while the api's
 * VmRSS is read at checkpoints; afterwards the `process_instances.state` column is read
 * back and measured as the JSON the api wrote.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { prepareDossiers } from './http-steps.mjs';
import { fmt, fmtInt, mib } from './stats.mjs';

const require = createRequire(import.meta.url);

export async function fillOpenInstances(api, server, { target, concurrency, checkpoints, maxMs, log }) {
  const sample = async (open, atMs) => {
    const asFound = server.memory();
    const collected = await server.collectGarbage();
    return { open, atMs, ...asFound, afterGc: { rssKiB: collected.rssKiB, heapUsedMiB: collected.heapUsed / 2 ** 20, externalMiB: collected.external / 2 ** 20 } };
  };
  const describe = (s) =>
    `RSS ${fmt(mib(s.rssKiB))} MiB (peak ${fmt(mib(s.hwmKiB))}); after a full GC: RSS ${fmt(mib(s.afterGc.rssKiB))} MiB, V8 heap used ${fmt(s.afterGc.heapUsedMiB)} MiB`;
  const samples = [await sample(0, 0)];
  log(`  before: ${describe(samples[0])}`);
  const began = performance.now();
  let open = 0;
  for (const checkpoint of checkpoints) {
    const remainingMs = maxMs - (performance.now() - began);
    if (checkpoint <= open || remainingMs <= 0) continue;
    const wanted = checkpoint - open;
    const batch = await prepareDossiers(api, {
      count: wanted,
      concurrency,
      maxMs: remainingMs,
      firstIndex: 1_000_000 + open,
      onProgress: (done, ms) => {
        const total = open + done;
        const rate = (total * 1000) / (performance.now() - began);
        log(`  ${fmtInt(total)}/${fmtInt(target)} dossiers submitted (${fmt(rate)}/s over all, ${fmt((done * 1000) / ms)}/s this stretch) · api RSS ${fmt(mib(server.memory().rssKiB))} MiB`);
      },
    });
    open += batch.created;
    const taken = await sample(open, performance.now() - began);
    samples.push(taken);
    log(`  ${fmtInt(open)} open after ${fmt(taken.atMs / 1000, 0)} s: ${describe(taken)}`);
    if (batch.created < wanted) break; // the time bound was hit
  }
  const ms = performance.now() - began;
  return { samples, open, ms, ratePerSecond: (open * 1000) / ms };
}

/** Reads every running instance's state as stored and measures it as the JSON the api sends. */
async function measureRows(fetchChunk) {
  let afterId = '00000000-0000-0000-0000-000000000000';
  let count = 0;
  let sum = 0;
  let max = 0;
  let storedSum = 0;
  let storedMax = 0;
  for (let guard = 0; guard < 10_000; guard++) {
    const rows = await fetchChunk(afterId);
    if (rows.length === 0) break;
    for (const row of rows) {
      const state = typeof row.state === 'string' ? JSON.parse(row.state) : row.state;
      const bytes = Buffer.byteLength(JSON.stringify(state));
      count++;
      sum += bytes;
      max = Math.max(max, bytes);
      storedSum += Number(row.stored);
      storedMax = Math.max(storedMax, Number(row.stored));
    }
    afterId = rows[rows.length - 1].id;
  }
  return { instances: count, jsonBytesMean: count ? sum / count : NaN, jsonBytesMax: max, storedBytesMean: count ? storedSum / count : NaN, storedBytesMax: storedMax };
}

const CHUNK_SQL = `SELECT id, state, pg_column_size(state) AS stored FROM process_instances
  WHERE status = 'running' AND id > $1 ORDER BY id LIMIT 500`;

export async function stateSizesPostgres(url) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await measureRows(async (afterId) => (await client.query(CHUNK_SQL, [afterId])).rows);
  } finally {
    await client.end();
  }
}

/** PGlite is one process's database: call this after the api stopped, on its data folder. */
export async function stateSizesPglite(dataDir) {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dataDir);
  try {
    return await measureRows(async (afterId) => (await db.query(CHUNK_SQL, [afterId])).rows);
  } finally {
    await db.close();
  }
}
