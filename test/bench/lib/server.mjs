/**
 * Spawns `node apps/api/dist/main.js` on a free loopback port with its own data folder
 * (PGlite) or its own PostgreSQL database, and reads its memory from /proc.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sleep } from './stats.mjs';

const require = createRequire(import.meta.url);
const children = new Set();
const dataDirs = new Set();

/** Kills every api this process started (used when the run is interrupted). */
export function killServers() {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
}

// Whatever way this process ends, no api it started and no data folder it made stays behind.
process.on('exit', () => {
  killServers();
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** `VmRSS` / `VmHWM` of a process, in KiB. */
export function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssKiB: field('VmRSS'), hwmKiB: field('VmHWM') };
}

/** User + system CPU time a process has used so far, in ms. */
export function cpuMsOf(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14, 15)
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

/** Busy and total jiffies of the whole machine, for "how loaded was it". */
export function machineCpu() {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const numbers = values.map(Number);
  const idle = numbers[3] + (numbers[4] ?? 0);
  const total = numbers.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

export class PostgresAdmin {
  constructor(adminUrl) {
    this.adminUrl = adminUrl;
  }

  async available() {
    try {
      await this.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async query(sql, params, url = this.adminUrl) {
    const { Client } = require('pg');
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return await client.query(sql, params);
    } finally {
      await client.end();
    }
  }

  urlFor(database) {
    const url = new URL(this.adminUrl);
    url.pathname = `/${database}`;
    return url.toString();
  }

  async create(database) {
    await this.query(`CREATE DATABASE "${database}"`);
    return this.urlFor(database);
  }

  async drop(database) {
    await this.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  }
}

/**
 * One api process. `database` is `{ kind: 'pglite' }` or `{ kind: 'postgres', url }`.
 * Each gets a fresh temporary DATA_DIR (the PGlite data folder lives there).
 */
export async function startServer({ root, database, label, env: extraEnv = {}, cpuProfileDir, gcProbe = false, startTimeoutMs = 120_000 }) {
  const dataDir = mkdtempSync(join(tmpdir(), `vd-bench-${label}-`));
  dataDirs.add(dataDir);
  const port = await freePort();
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO_DATA: 'true',
    TIMER_POLL_MS: '0',
    // Steps, not PDF drawing, are measured here: papers wait for the first read of a
    // dossier's documents (npm run bench:documents measures the drawing).
    DOCUMENTS_ISSUE_AFTER_STEPS: 'false',
    // Nor its background warm-up, which would compete with the first rows for a core.
    DOCUMENTS_WARM_UP: 'false',
    LOG_LEVEL: 'warn',
    JWT_SECRET: 'vinh-danh-benchmark-secret-not-for-production-use',
    ...(database.kind === 'postgres' && { DATABASE_URL: database.url }),
    ...extraEnv,
  };
  const probeArgs = gcProbe ? ['--expose-gc', '--require', join(dirname(fileURLToPath(import.meta.url)), 'gc-probe.cjs')] : [];
  const nodeArgs = [...probeArgs, ...(cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`, `--cpu-prof-name=api-${label}.cpuprofile`] : [])];
  const log = createWriteStream(join(dataDir, 'server.log'));
  const child = spawn(process.execPath, [...nodeArgs, join(root, 'apps/api/dist/main.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const probeWaiters = [];
  let pending = '';
  child.stderr.on('data', (chunk) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('GCPROBE ')) probeWaiters.shift()?.(JSON.parse(line.slice(8)));
    }
  });
  let exited = null;
  const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));

  const base = `http://127.0.0.1:${port}`;
  const began = Date.now();
  for (;;) {
    if (exited) throw new Error(`api (${label}) exited during start: ${JSON.stringify(exited)}; log: ${join(dataDir, 'server.log')}`);
    if (Date.now() - began > startTimeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`api (${label}) did not answer /api/health within ${startTimeoutMs} ms`);
    }
    try {
      const response = await fetch(`${base}/api/health`);
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }

  return {
    label,
    base,
    pid: child.pid,
    dataDir,
    database,
    startMs: Date.now() - began,
    memory: () => memoryOf(child.pid),
    cpuMs: () => cpuMsOf(child.pid),
    /** Only with `gcProbe: true`: full GC in the api, then its process.memoryUsage() and VmRSS. */
    async collectGarbage(timeoutMs = 20_000) {
      const answer = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('gc probe did not answer')), timeoutMs);
        probeWaiters.push((usage) => {
          clearTimeout(timer);
          resolve(usage);
        });
      });
      child.kill('SIGWINCH');
      const usage = await answer;
      return { ...usage, ...memoryOf(child.pid) };
    },
    /** SIGINT lets Nest close the database (and write a CPU profile); SIGKILL after the grace time. */
    async stop({ removeData = true, graceMs = 20_000 } = {}) {
      if (!exited) {
        child.kill('SIGINT');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exitPromise;
        clearTimeout(timer);
      }
      children.delete(child);
      if (removeData) {
        rmSync(dataDir, { recursive: true, force: true });
        dataDirs.delete(dataDir);
      }
    },
  };
}
