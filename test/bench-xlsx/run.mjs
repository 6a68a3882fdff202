#!/usr/bin/env node
/**
 * XLSX benchmark: import and export of a 5,000-row nominee list over HTTP, against the
 * built api (`node apps/api/dist/main.js`) on a free loopback port, a fresh DATA_DIR, demo
 * data and no timer loop. Target: ≤ 5 s each. Prints the figures and writes them into
 * BENCHMARKS.md between `<!-- xlsx-bench:start -->` and `<!-- xlsx-bench:end -->` only
 * (the markers are appended at the end of the file the first time).
 *
 *   npx tsc -b apps/api/tsconfig.app.json && npm run bench:xlsx
 * Options: --runs=N (timed runs of each, default 5) · --rows=N (default 5000)
 *   · --pg-url=postgres://… (admin connection; also measures on a scratch PostgreSQL
 *     database, created and dropped; default BENCH_PG_URL, none = PGlite only) · --no-write
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import pg from 'pg';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=').slice(1).join('=') ?? fallback;
const RUNS = Number(option('runs', '5'));
const ROWS = Number(option('rows', '5000'));
const PG_URL = option('pg-url', process.env.BENCH_PG_URL ?? '');
const WRITE = !argv.includes('--no-write');
const TARGET_MS = 5000;
const START = '<!-- xlsx-bench:start -->';
const END = '<!-- xlsx-bench:end -->';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['STT', 'Loại đối tượng', 'Họ và tên / Tên tập thể', 'Chức vụ / Địa chỉ', 'Tóm tắt thành tích'];
const KINDS = ['Cá nhân', 'Tập thể', 'Hộ gia đình', 'Doanh nghiệp'];

async function main() {
  if (!existsSync(join(root, 'apps/api/dist/main.js'))) throw new Error('apps/api is not built: run `npx tsc -b apps/api/tsconfig.app.json` first');
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
  console.log(`XLSX benchmark — ${ROWS.toLocaleString('en')} rows, ${RUNS} runs each — ${machine}`);
  const list = await nomineeList(ROWS);
  console.log(`list: ${(list.length / 1024).toFixed(0)} KiB`);
  const results = [await measure('PGlite', {})];
  if (PG_URL) {
    const database = `vd_bench_xlsx_${process.pid}`;
    await adminQuery(`CREATE DATABASE "${database}"`);
    try {
      const url = new URL(PG_URL);
      url.pathname = `/${database}`;
      results.push(await measure('PostgreSQL', { DATABASE_URL: url.toString() }));
    } finally {
      await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    }
  }
  for (const result of results) console.log(summaryLine(result));
  if (WRITE) writeSection(results, machine, list.length);
  const failed = results.filter((result) => result.import.max > TARGET_MS || result.export.max > TARGET_MS);
  if (failed.length > 0) process.exitCode = 1;

  async function measure(label, env) {
    const server = await startServer(env);
    try {
      const api = client(server.base);
      const clerk = await api.login('clerk.07234');
      const localities = await api.json('GET', '/localities', clerk);
      const commune = localities.find((unit) => unit.code === '07234');
      const draft = async () => (await api.json('POST', '/dossiers', clerk, { awardTypeCode: 'BK-CT-TINH', localityId: commune.id, title: 'Đề nghị khen thưởng (benchmark XLSX)', nominees: [{ kind: 'individual', fullName: 'Nguyễn Văn Ấn' }] })).id;
      const source = await draft();
      // One untimed round each, so the first timed one is not the process's first.
      await api.importList(clerk, source, list);
      await api.exportList(clerk, source);
      const imports = [];
      const exports = [];
      let exported;
      for (let run = 0; run < RUNS; run++) {
        imports.push(await timed(async () => expectImported(await api.importList(clerk, source, list), ROWS)));
        exports.push(await timed(async () => (exported = await api.exportList(clerk, source))));
      }
      // Outside the timed spans: the export is complete and imports back as the same list.
      const target = await draft();
      expectImported(await api.importList(clerk, target, exported), ROWS);
      const [a, b] = await Promise.all([api.json('GET', `/dossiers/${source}`, clerk), api.json('GET', `/dossiers/${target}`, clerk)]);
      const strip = (nominees) => nominees.map(({ kind, fullName, title, achievements }) => JSON.stringify({ kind, fullName, title, achievements }));
      const [left, right] = [strip(a.nominees), strip(b.nominees)];
      const differs = left.findIndex((line, index) => line !== right[index]);
      if (left.length !== right.length || differs >= 0) throw new Error(`${label}: the export did not import back as the same list (first difference at line ${differs + 1}: ${left[differs]} ≠ ${right[differs]})`);
      return { label, import: stats(imports), export: stats(exports), exportBytes: exported.length, rss: server.rssMiB() };
    } finally {
      await server.stop();
    }
  }
}

/** A list as a clerk would fill it: Vietnamese names, addresses and a paragraph of achievements. */
async function nomineeList(rows) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách đề nghị');
  sheet.addRow(HEADER);
  for (let i = 1; i <= rows; i++) {
    const kind = KINDS[i % KINDS.length];
    sheet.addRow([
      i,
      kind,
      `${kind === 'Hộ gia đình' ? 'Hộ ông ' : kind === 'Tập thể' ? 'Chi hội Nông dân thôn ' : ''}Nguyễn Văn Ấn ${i}`,
      `Thôn Đồng Tâm ${i % 40}, xã Canh Nậu, huyện Yên Thế, tỉnh Bắc Giang`,
      `Có thành tích xuất sắc trong phong trào "Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau" giai đoạn 2021-2025; giúp ${i % 12 + 1} hộ thoát nghèo bền vững.`,
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function client(base) {
  const request = async (method, path, token, body, headers = {}) => {
    const response = await fetch(`${base}/api${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body instanceof FormData ? body : body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response;
  };
  return {
    json: async (method, path, token, body) => (await request(method, path, token, body)).json(),
    login: async (username) => (await (await request('POST', '/auth/login', undefined, { username, password: 'demo' })).json()).accessToken,
    importList: async (token, dossierId, content) => {
      const form = new FormData();
      form.append('file', new Blob([content], { type: XLSX }), 'Danh sách đề nghị.xlsx');
      return (await request('POST', `/dossiers/${dossierId}/nominees/import`, token, form)).json();
    },
    exportList: async (token, dossierId) => Buffer.from(await (await request('GET', `/dossiers/${dossierId}/nominees.xlsx`, token)).arrayBuffer()),
  };
}

function expectImported(answer, rows) {
  if (answer.imported !== rows) throw new Error(`imported ${answer.imported} rows, expected ${rows}`);
}

async function timed(action) {
  const started = process.hrtime.bigint();
  await action();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor((sorted.length - 1) / 2)], min: sorted[0], max: sorted[sorted.length - 1], samples };
}

async function startServer(env) {
  const dataDir = mkdtempSync(join(tmpdir(), 'vd-bench-xlsx-'));
  const port = await freePort();
  const childEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_DATA: 'true', TIMER_POLL_MS: '0', LOG_LEVEL: 'warn', ...env };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], { cwd: root, env: childEnv, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`api exited with ${child.exitCode}: ${stderr}`);
    if (Date.now() > deadline) throw new Error(`api did not start: ${stderr}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  return {
    base,
    rssMiB: () => {
      try {
        const line = readFileSync(`/proc/${child.pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
        return line ? Number(line.replace(/\D+/g, '')) / 1024 : null;
      } catch {
        return null;
      }
    },
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function adminQuery(sql) {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
const verdict = (s) => (s.max <= TARGET_MS ? 'met' : '**missed**');

function summaryLine(result) {
  return `${result.label.padEnd(10)} import median ${ms(result.import.median)} (max ${ms(result.import.max)}) · export median ${ms(result.export.median)} (max ${ms(result.export.max)})`;
}

function writeSection(results, machine, listBytes) {
  const file = join(root, 'BENCHMARKS.md');
  const rows = results.flatMap((result) => [
    `| ${result.label} | import ${ROWS.toLocaleString('en')} rows (replaces the list) | ${ms(result.import.median)} | ${ms(result.import.min)} | ${ms(result.import.max)} | ${verdict(result.import)} |`,
    `| ${result.label} | export ${ROWS.toLocaleString('en')} rows (${(result.exportBytes / 1024).toFixed(0)} KiB) | ${ms(result.export.median)} | ${ms(result.export.min)} | ${ms(result.export.max)} | ${verdict(result.export)} |`,
  ]);
  const section = [
    START,
    '',
    '## XLSX import and export of a nominee list',
    '',
    `Generated by \`npm run bench:xlsx${PG_URL ? ' -- --pg-url=…' : ''}\` (\`test/bench-xlsx/run.mjs\`, after \`npx tsc -b apps/api/tsconfig.app.json\`) on ${new Date().toISOString().slice(0, 10)} — ${machine} (the machine was shared with other work). Target: ≤ 5 s each.`,
    '',
    '| database | request | median | min | max | ≤ 5 s |',
    '| --- | --- | --: | --: | --: | --- |',
    ...rows,
    '',
    `- Each figure is one HTTP request, from sending to the last byte of the answer, over Node's fetch on loopback, against \`node apps/api/dist/main.js\` (fresh DATA_DIR, \`DEMO_DATA=true TIMER_POLL_MS=0 LOG_LEVEL=warn\`; PostgreSQL: a scratch database, dropped afterwards). ${RUNS} timed runs after one untimed round.`,
    `- The list (${(listBytes / 1024).toFixed(0)} KiB, exceljs): ${ROWS.toLocaleString('en')} rows in the template's columns with Vietnamese names, addresses and a one-sentence achievement each.`,
    '- Import = `POST /api/dossiers/{id}/nominees/import` into a draft by its clerk: type check, streaming read and row checks, then one transaction deleting the previous list and inserting the new one in chunks of 1,000, plus the audit event. Export = `GET /api/dossiers/{id}/nominees.xlsx`.',
    '- Checked outside the timed spans: every import answered `imported: 5000`, and the last export, imported into a second draft, gives the same list.',
    '',
    END,
  ].join('\n');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = previous.indexOf(START);
  const end = previous.indexOf(END);
  const next = start >= 0 && end > start ? previous.slice(0, start) + section + previous.slice(end + END.length) : `${previous.replace(/\s*$/, '')}\n\n${section}\n`;
  writeFileSync(file, next);
  console.log(`BENCHMARKS.md: ${start >= 0 ? 'section updated' : 'section appended'}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
