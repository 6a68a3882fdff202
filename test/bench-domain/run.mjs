#!/usr/bin/env node
/**
 * Benchmark of the domain queries at the issue's size: 100k dossiers, 1M nominees, 1M tasks.
 * Measures p50/p95 over HTTP of the inbox, the dossier list with filters and the search
 * without diacritics, on PostgreSQL and on PGlite (both full size by default), and writes the figures
 * into BENCHMARKS.md between `<!-- domain-bench:start -->` and `<!-- domain-bench:end -->`.
 *
 *   npm run bench:domain                         # needs a built api (npx tsc -b apps/api/tsconfig.app.json)
 *   node test/bench-domain/run.mjs --scale=0.1 --pglite-scale=0.02 --no-write   # a quick try
 * Options: --scale=F (PostgreSQL size, 1 = 100k dossiers) · --pglite-scale=F (default 1)
 *   · --only=postgres,pglite · --samples=N (per query, default 100) · --pg-url=postgres://…
 *   (admin connection; default BENCH_PG_URL or postgres://postgres@127.0.0.1:5432/postgres)
 *   · --keep (leave the generated database / data folder) · --no-write
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { generate } from './lib/generate.mjs';
import { login, measure } from './lib/measure.mjs';
import { queries } from './lib/queries.mjs';
import { printTable, writeReport } from './lib/report.mjs';
import { startApi } from './lib/server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=').slice(1).join('=') ?? fallback;
const flag = (name) => argv.includes(`--${name}`);
const scale = Number(option('scale', '1'));
const pgliteScale = Number(option('pglite-scale', '1'));
const only = new Set(option('only', 'postgres,pglite').split(','));
const samples = Number(option('samples', '100'));
const adminUrl = option('pg-url', process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const log = (line) => console.log(line);

const sizesAt = (factor) => ({ dossiers: Math.max(100, Math.round(100_000 * factor)), nomineesPerDossier: 10, tasksPerDossier: 10 });

async function admin(sql) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A database the api migrates and seeds, that `fill` then loads directly, and how to drop it. */
async function postgresTarget() {
  const name = `vd_bench_domain_${process.pid}`;
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    open: async () => {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      return { db: client, close: () => client.end() };
    },
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    where: name,
  };
}

async function pgliteTarget() {
  const dir = mkdtempSync(join(tmpdir(), 'vd-bench-domain-'));
  return {
    env: { DATA_DIR: dir },
    open: async () => {
      const { PGlite } = await import('@electric-sql/pglite');
      const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
      const db = await PGlite.create(join(dir, 'pglite'), { extensions: { pg_trgm } });
      return { db, close: () => db.close() };
    },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
    where: dir,
  };
}

async function runOn(kind, factor) {
  const title = `${kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}${factor === 1 ? '' : ` ×${factor}`}`;
  const target = kind === 'postgres' ? await postgresTarget() : await pgliteTarget();
  log(`\n== ${title} (${target.where})`);
  try {
    log('  migrating and seeding the demo data (api start)…');
    await (await startApi(root, target.env)).stop();
    const sizes = sizesAt(factor);
    const started = Date.now();
    const { db, close } = await target.open();
    let data;
    try {
      data = await generate(db, sizes, log);
    } finally {
      await close();
    }
    const generateSeconds = (Date.now() - started) / 1000;
    const api = await startApi(root, target.env);
    try {
      const headers = new Map();
      const rows = [];
      for (const query of queries(data)) {
        if (!headers.has(query.as)) headers.set(query.as, await login(api.base, query.as));
        const result = await measure(api.base, headers.get(query.as), query.path, { samples });
        rows.push({ ...query, ...result });
        log(`  ${query.group.padEnd(6)} p50 ${result.p50.toFixed(1).padStart(7)} ms  p95 ${result.p95.toFixed(1).padStart(7)} ms  total ${result.total}  ${query.label}`);
      }
      const inbox = rows.find((row) => row.group === 'inbox');
      return { db: kind, title, scale: factor, sizes: data.total, openTasks: inbox?.total, generateSeconds, rows };
    } finally {
      await api.stop();
    }
  } finally {
    if (flag('keep')) log(`  kept: ${target.where}`);
    else await target.drop();
  }
}

async function main() {
  if (!existsSync(join(root, 'apps/api/dist/main.js'))) throw new Error('apps/api is not built: run `npx tsc -b apps/api/tsconfig.app.json` (or `npx nx run api:build`) first');
  const begun = Date.now();
  const loadStart = loadavg()[0].toFixed(1);
  const runs = [];
  if (only.has('postgres')) runs.push(await runOn('postgres', scale));
  if (only.has('pglite')) runs.push(await runOn('pglite', pgliteScale));
  const results = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, PostgreSQL ${only.has('postgres') ? (await admin('SHOW server_version')).rows[0].server_version : '—'}`,
    command: `node test/bench-domain/run.mjs${argv.length ? ` ${argv.join(' ')}` : ''}`,
    minutes: (Date.now() - begun) / 60_000,
    samples,
    load: { start: loadStart, end: loadavg()[0].toFixed(1) },
    runs,
  };
  printTable(results);
  if (!flag('no-write')) {
    writeReport(root, results);
    log('\nBENCHMARKS.md: domain-bench block written');
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
