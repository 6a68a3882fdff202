#!/usr/bin/env node
/**
 * Vinh Danh performance benchmark. One run measures, prints a side-by-side table and
 * rewrites BENCHMARKS.md:
 *   1. the engine loop alone (libs/engine runtime, and bare bpmn-engine for reference);
 *   2. POST /api/tasks/{id}/complete at 1, 5 and 20 clients, on PGlite and PostgreSQL;
 *   3. the ratio HTTP / raw (steps/s) per row, against both engine loops run again right
 *      before that row;
 *   4. state size per instance and api RSS with 1k / 5k / 10k open instances.
 *
 *   npm run bench                 # builds the api, then the full run (≈10 min)
 *   node test/bench/run.mjs --quick
 * Options: --quick (1k open instances, shorter loops) · --mem-db=postgres|pglite|both|none
 *   · --http-db=postgres|pglite|both (databases of the HTTP section; default both)
 *   · --mem-cache=N (INSTANCE_CACHE_SIZE of the api in the open-instances section; default:
 *     the api's own default)
 *   · --wait-quiet=N (wait up to N minutes for other processes to leave the machine idle)
 *   · --only=raw,http,mem · --pg-url=postgres://… (admin connection; default
 *   postgres://postgres@127.0.0.1:5432/test or BENCH_PG_URL) · --cpu-prof (profile the api
 *   processes; prints where their CPU went while complete calls were timed) · --no-write
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ApiClient } from './lib/api-client.mjs';
import { completeTasks, prepareDossiers } from './lib/http-steps.mjs';
import { fillOpenInstances, stateSizesPglite, stateSizesPostgres } from './lib/open-instances.mjs';
import { summariseProfile } from './lib/profile.mjs';
import { plainLoop, runtimeLoop, userTaskSpecs } from './lib/raw-engine.mjs';
import { writeReport, printSummary } from './lib/report.mjs';
import { killServers, machineCpu, PostgresAdmin, startServer } from './lib/server.mjs';
import { fmt, fmtInt, mib } from './lib/stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=').slice(1).join('=') ?? fallback;

const quick = flag('quick');
const defaultInstanceCacheSize = apiDefaultInstanceCacheSize();
const only = new Set(option('only', 'raw,http,mem').split(','));
const settings = {
  quick,
  raw: { warmupInstances: 20, maxSteps: quick ? 600 : 2000, maxMs: quick ? 4_000 : 8_000 },
  http: {
    clients: [1, 5, 20],
    // INSTANCE_CACHE_SIZE of the api: 0 = every step recovers the stored state (stateless);
    // the api's default keeps the live engines of that many recently stepped instances.
    modes: [
      { name: 'stateless', instanceCacheSize: 0 },
      { name: 'warm engines', instanceCacheSize: defaultInstanceCacheSize },
    ],
    warmupDossiers: 20,
    maxSteps: quick ? 300 : 1000,
    maxMs: quick ? 5_000 : 8_000,
    prepareConcurrency: 4,
  },
  mem: {
    instanceCacheSize: Number(option('mem-cache', String(defaultInstanceCacheSize))),
    target: quick ? 1_000 : 10_000,
    checkpoints: quick ? [100, 500, 1_000] : [1_000, 5_000, 10_000],
    concurrency: 4,
    maxMs: quick ? 240_000 : 900_000,
    warmupDossiers: 30,
  },
};
const pg = new PostgresAdmin(option('pg-url', process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test'));
const profileDir = flag('cpu-prof') ? mkdtempSync(join(tmpdir(), 'vd-bench-prof-')) : undefined;
const twoTier = join(root, 'processes', 'commendation-two-tier.bpmn');
/** The two-tier chain's user tasks, compiled once for every loop of the run. */
let twoTierSpecs;
const specsOfTwoTier = () => (twoTierSpecs ??= userTaskSpecs(twoTier));
const log = (line) => console.log(line);
const runStarted = Date.now();
const databases = [];

async function main() {
  if (!existsSync(join(root, 'apps/api/dist/main.js'))) throw new Error('apps/api is not built: run `npm run bench` or `npx tsc -b apps/api/tsconfig.app.json`');
  await waitForQuiet(Number(option('wait-quiet', '0')));
  const pgAvailable = await pg.available();
  const machine = describeMachine();
  machine.postgresVersion = pgAvailable ? (await pg.query('SHOW server_version')).rows[0].server_version : 'not reachable (rows skipped)';
  log(`Vinh Danh benchmark — ${machine.cpu}, ${machine.cores} cores, Node ${process.version}, load ${machine.loadAtStart}${quick ? ' — QUICK' : ''}`);
  if (!pgAvailable) log(`PostgreSQL not reachable at ${pg.adminUrl}: PostgreSQL rows are skipped`);
  const results = { machine, settings, raw: null, http: [], mem: [], profiles: [] };

  if (only.has('raw')) results.raw = await rawSection();
  if (only.has('http')) {
    const httpKinds = option('http-db', 'both') === 'both' ? ['pglite', 'postgres'] : [option('http-db')];
    for (const kind of httpKinds.filter((kind) => kind === 'pglite' || pgAvailable)) {
      for (const mode of settings.http.modes) results.http.push(await httpSection(kind, mode, results));
    }
  }
  if (only.has('mem')) {
    const requested = option('mem-db', pgAvailable ? 'postgres' : 'pglite');
    const kinds = requested === 'both' ? ['pglite', 'postgres'] : requested === 'none' ? [] : [requested];
    for (const kind of kinds) {
      if (kind === 'postgres' && !pgAvailable) continue;
      results.mem.push(await memorySection(kind));
    }
  }
  results.totalSeconds = (Date.now() - runStarted) / 1000;
  results.machine.loadAtEnd = loadavg().map((l) => l.toFixed(2)).join(' ');
  printSummary(results, log);
  if (!flag('no-write')) {
    const file = writeReport(root, results, `node test/bench/run.mjs ${argv.join(' ')}`.trim());
    log(`\nWrote ${file}`);
  }
  log(`Total ${fmt(results.totalSeconds / 60)} min`);
}

/** INSTANCE_CACHE_SIZE when unset, read from the built api's own configuration. */
function apiDefaultInstanceCacheSize() {
  const configFile = join(root, 'apps/api/dist/config/app-config.js');
  if (!existsSync(configFile)) return 0;
  const { loadConfig } = createRequire(import.meta.url)(configFile);
  // A JWT_SECRET keeps loadConfig from writing a development secret into ./data.
  return loadConfig({ JWT_SECRET: 'benchmark-only-secret-read-the-defaults-0000' }).engine.instanceCacheSize;
}

function describeMachine() {
  return {
    cpu: cpus()[0]?.model ?? 'unknown CPU',
    cores: cpus().length,
    memoryGiB: totalmem() / 2 ** 30,
    node: process.version,
    date: new Date().toISOString(),
    loadAtStart: loadavg().map((l) => l.toFixed(2)).join(' '),
    commit: gitCommit(),
  };
}

/** Cores busy on the whole machine over `ms`. */
async function busyCores(ms) {
  const before = machineCpu();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = machineCpu();
  return ((after.busy - before.busy) / Math.max(1, after.total - before.total)) * cpus().length;
}

/** Says whether something else is using the machine; with --wait-quiet=N waits up to N minutes for it to stop. */
async function waitForQuiet(minutes) {
  const deadline = Date.now() + minutes * 60_000;
  for (;;) {
    const busy = await busyCores(3000);
    if (busy < 0.3) return;
    if (Date.now() >= deadline) {
      log(`WARNING: other processes keep ${fmt(busy, 2)} cores busy: figures will be low and noisy (see the "other cores busy" column)`);
      return;
    }
    log(`machine busy (${fmt(busy, 2)} cores); waiting for it to quieten (--wait-quiet=${minutes})…`);
    await new Promise((resolve) => setTimeout(resolve, 20_000));
  }
}

function gitCommit() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'apps', 'libs', 'processes'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${head} with uncommitted changes in apps/libs/processes` : head;
  } catch {
    return 'unknown';
  }
}

async function rawSection() {
  log('\n[1] Engine loop, no database, no HTTP (two-tier chain, grantingLevel=province: 5 steps per instance)');
  const runtime = await withOtherLoad(() => runtimeLoop({ xmlPath: twoTier, ...settings.raw }));
  log(`  libs/engine runtime: ${fmt(runtime.stepsPerSecond)} steps/s, p50 ${fmt(runtime.p50Ms)} ms, p95 ${fmt(runtime.p95Ms)} ms, CPU ${fmt(runtime.cpuMsPerStep)} ms/step (${runtime.steps} steps; other processes used ${fmt(runtime.otherCores, 2)} cores meanwhile)`);
  const warm = await withOtherLoad(() => runtimeLoop({ xmlPath: twoTier, ...settings.raw, warm: true }));
  log(`  libs/engine, warm:   ${fmt(warm.stepsPerSecond)} steps/s, p50 ${fmt(warm.p50Ms)} ms, p95 ${fmt(warm.p95Ms)} ms, CPU ${fmt(warm.cpuMsPerStep)} ms/step (${warm.steps} steps; other processes used ${fmt(warm.otherCores, 2)} cores meanwhile)`);
  const specs = await specsOfTwoTier();
  const plain = await withOtherLoad(() => plainLoop({ xmlPath: twoTier, specs, ...settings.raw }));
  log(`  bare bpmn-engine:    ${fmt(plain.stepsPerSecond)} steps/s, p50 ${fmt(plain.p50Ms)} ms, p95 ${fmt(plain.p95Ms)} ms, CPU ${fmt(plain.cpuMsPerStep)} ms/step (${plain.steps} steps; other processes used ${fmt(plain.otherCores, 2)} cores meanwhile)`);
  return { runtime, warm, plain };
}

/** Short runs of the bare and the libs/engine stateless loops (the api waits idle meanwhile). */
async function besideLoops() {
  const short = { warmupInstances: 4, maxSteps: settings.quick ? 100 : 150, maxMs: settings.quick ? 1_500 : 2_500 };
  const plain = await plainLoop({ xmlPath: twoTier, specs: await specsOfTwoTier(), ...short });
  const runtime = await runtimeLoop({ xmlPath: twoTier, ...short });
  return { plain: { stepsPerSecond: plain.stepsPerSecond, steps: plain.steps }, runtime: { stepsPerSecond: runtime.stepsPerSecond, steps: runtime.steps } };
}

/** Runs a loop in this process and notes how many cores everything else used meanwhile. */
async function withOtherLoad(loop) {
  const machine0 = machineCpu();
  const own0 = process.cpuUsage();
  const began = Date.now();
  const result = await loop();
  const machine = machineCpu();
  const own = process.cpuUsage(own0);
  const otherMs = (machine.busy - machine0.busy) * 10 - (own.user + own.system) / 1000;
  return { ...result, otherCores: Math.max(0, otherMs) / Math.max(1, Date.now() - began) };
}

async function databaseFor(kind, purpose) {
  if (kind === 'pglite') return { kind };
  const name = `vd_bench_${process.pid}_${purpose}`;
  await pg.drop(name);
  const url = await pg.create(name);
  databases.push(name);
  return { kind, url, name };
}

async function httpSection(kind, mode, results) {
  log(`\n[2] HTTP complete on ${kind === 'pglite' ? 'PGlite' : 'PostgreSQL'}, ${mode.name} (INSTANCE_CACHE_SIZE=${mode.instanceCacheSize})`);
  const slug = mode.instanceCacheSize ? 'warm' : 'stateless';
  const database = await databaseFor(kind, `http_${slug}`);
  const server = await startServer({
    root,
    database,
    label: `${kind}-http-${slug}`,
    env: { INSTANCE_CACHE_SIZE: String(mode.instanceCacheSize) },
    cpuProfileDir: profileDir,
  });
  log(`  api pid ${server.pid} on ${server.base}, up in ${fmt(server.startMs / 1000)} s`);
  const windows = [];
  try {
    const api = new ApiClient(server.base);
    await api.loadLocalities();
    for (const user of ['clerk.HN-THANHXUAN', 'secretary.HN-THANHXUAN', 'chairman.HN-THANHXUAN', 'clerk.01', 'secretary.01', 'chairman.01']) await api.token(user);

    // Warm-up (not reported): whole dossiers through the chain, which also calibrates how
    // many dossiers each timed row can use within its time bound.
    const warm = await prepareDossiers(api, { count: settings.http.warmupDossiers, concurrency: settings.http.prepareConcurrency, maxMs: 120_000 });
    const warmPool = [...warm.tasks];
    const warmRun = await completeTasks(api, warmPool, { clients: 5, maxSteps: warm.created * 5, maxMs: 120_000, server });
    const expected = Math.max(1, warmRun.stepsPerSecond) * 1.6;
    const perRow = settings.http.clients.map(() => Math.min(settings.http.maxSteps, Math.ceil((expected * settings.http.maxMs) / 1000)));
    const dossiers = perRow.reduce((sum, steps) => sum + Math.ceil(steps / 5) + 20, 0);
    log(`  warm-up: ${warmRun.steps} steps at ${fmt(warmRun.stepsPerSecond)} steps/s; preparing ${dossiers} submitted dossiers (not timed)…`);
    const prepared = await prepareDossiers(api, {
      count: dossiers,
      concurrency: settings.http.prepareConcurrency,
      maxMs: 300_000,
      firstIndex: 10_000,
      onProgress: (done, ms) => log(`    ${done}/${dossiers} (${fmt((done * 1000) / ms)}/s)`),
    });
    log(`  prepared ${prepared.created} in ${fmt(prepared.ms / 1000)} s (${fmt((prepared.created * 1000) / prepared.ms)} dossiers/s)`);
    const pool = prepared.tasks;

    const rows = [];
    for (const [i, clients] of settings.http.clients.entries()) {
      // The engine loops again, right before the row: this machine's speed drifts by tens of
      // per cent within minutes, so a row is compared with loops run beside it.
      const beside = results.raw ? await besideLoops() : undefined;
      if (beside) await api.refreshConnections(clients);
      const from = process.hrtime.bigint();
      const row = await completeTasks(api, pool, { clients, maxSteps: perRow[i], maxMs: settings.http.maxMs, server });
      windows.push([Number(from / 1000n), Number(process.hrtime.bigint() / 1000n)]);
      row.beside = beside;
      row.ratioToRuntime = beside ? row.stepsPerSecond / beside.runtime.stepsPerSecond : NaN;
      row.ratioToSameMode = results.raw ? row.stepsPerSecond / (mode.instanceCacheSize ? results.raw.warm : results.raw.runtime).stepsPerSecond : NaN;
      row.ratioToPlain = beside ? row.stepsPerSecond / beside.plain.stepsPerSecond : NaN;
      rows.push(row);
      const errors = Object.entries(row.errors).map(([k, v]) => `${k}×${v}`).join(', ') || 'none';
      if (beside) log(`  engine loops beside the next row: bare bpmn-engine ${fmt(beside.plain.stepsPerSecond)} steps/s, libs/engine ${fmt(beside.runtime.stepsPerSecond)} steps/s`);
      log(`  ${String(clients).padStart(2)} clients: ${fmt(row.stepsPerSecond)} steps/s, p50 ${fmt(row.p50Ms)} ms, p95 ${fmt(row.p95Ms)} ms, api CPU ${fmt(row.serverCpuMsPerStep)} ms/step, cores busy: api ${fmt(row.serverCores, 2)} + client ${fmt((row.benchCpuMsPerStep * row.steps) / row.wallMs, 2)} + other ${fmt(row.otherCores, 2)}, ${row.steps} steps, errors: ${errors}`);
    }
    const memory = server.memory();
    return { kind, mode, startMs: server.startMs, rows, rssKiB: memory.rssKiB };
  } finally {
    await server.stop();
    if (profileDir) results.profiles.push({ kind, mode, ...summariseProfile(join(profileDir, `api-${kind}-http-${slug}.cpuprofile`), windows) });
    if (database.name) await pg.drop(database.name);
  }
}

async function memorySection(kind) {
  const { target, checkpoints, concurrency, maxMs, warmupDossiers } = settings.mem;
  log(`\n[4] ${fmtInt(target)} open instances on ${kind === 'pglite' ? 'PGlite' : 'PostgreSQL'} (create + submit, ${concurrency} clients)`);
  const database = await databaseFor(kind, 'mem');
  const server = await startServer({ root, database, label: `${kind}-mem`, gcProbe: true, env: { INSTANCE_CACHE_SIZE: String(settings.mem.instanceCacheSize) } });
  let result;
  try {
    const api = new ApiClient(server.base);
    await api.loadLocalities();
    await api.token('clerk.HN-THANHXUAN');
    const warm = await prepareDossiers(api, { count: warmupDossiers, concurrency, maxMs: 60_000, firstIndex: 900_000 });
    await completeTasks(api, [...warm.tasks], { clients: 2, maxSteps: warm.created * 5, maxMs: 60_000 });
    const fill = await fillOpenInstances(api, server, { target, concurrency, checkpoints, maxMs, log });
    result = { kind, ...fill };
    if (kind === 'postgres') result.state = await stateSizesPostgres(database.url);
  } finally {
    await server.stop({ removeData: kind !== 'pglite' });
  }
  try {
    if (kind === 'pglite') result.state = await stateSizesPglite(join(server.dataDir, 'pglite'));
    log(`  state per running instance: mean ${fmtInt(result.state.jsonBytesMean)} B, max ${fmtInt(result.state.jsonBytesMax)} B as JSON (${fmtInt(result.state.storedBytesMean)} B stored, jsonb) over ${fmtInt(result.state.instances)} instances`);
    const last = result.samples[result.samples.length - 1];
    log(`  api RSS ${fmt(mib(result.samples[0].rssKiB))} MiB before → ${fmt(mib(last.rssKiB))} MiB at ${fmtInt(last.open)} open`);
  } finally {
    if (kind === 'pglite') await import('node:fs').then(({ rmSync }) => rmSync(server.dataDir, { recursive: true, force: true }));
    if (database.name) await pg.drop(database.name);
  }
  return result;
}

async function abort(code) {
  killServers();
  for (const name of databases) await pg.drop(name).catch(() => undefined);
  process.exit(code); // the 'exit' hook in lib/server.mjs kills the api processes and removes their data
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the api processes and dropping the benchmark databases`);
    abort(130);
  });
}

main().catch((error) => {
  console.error(error);
  abort(1);
});
