#!/usr/bin/env node
// Vinh Danh — HTTP walkthrough / đi qua toàn bộ quy trình bằng HTTP.
//
// Drives one dossier through every level of BOTH shipped chains, as the offices along each
// chain would, over the public HTTP API only (global fetch, no dependencies):
//   - four-tier: Thị trấn Cầu Gồ (07234) → Huyện Yên Thế → Tỉnh Bắc Giang → Trung ương, BK-TTG;
//   - two-tier:  Phường Thanh Xuân (HN-THANHXUAN) → Thành phố Hà Nội → Trung ương, BK-TTG;
// with one return for supplement (trả lại bổ sung) and resubmission on the way, up to
// central_submit (trình Thủ tướng Chính phủ).
//
// Usage:
//   npx nx run api:build && npm run walkthrough          # own server on a temporary PGlite folder
//   node test/walkthrough/walkthrough.mjs --base http://127.0.0.1:3000   # or VD_BASE_URL=...
//   options: --keep-data (keep the temporary data folder), --help
//
// Own server (default): the script starts `node apps/api/dist/main.js` on a free port with a
// temporary DATA_DIR. Before the central council, state-level awards are publicly posted for
// 10 working days (timer central_public_posting, P14D). The script cannot move the server's
// clock, so it does what an outage would: it stops the server, moves the pending timer job's
// due_at into the past directly in the PGlite data folder, starts the server again and waits
// for the scheduler to fire the timer — a real demonstration that a timer that came due while
// the server was down fires after the start.
//
// Running server (--base / VD_BASE_URL): the same steps; at the public posting the script
// says so and stops that chain there (exit 0): the posting ends 14 days later on that server.
//
// Exits non-zero on any failure.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SERVER_ENTRY = join(ROOT, 'apps', 'api', 'dist', 'main.js');
const PASSWORD = 'demo';

const CHAINS = [
  {
    label: 'Chuỗi 4 cấp / four-tier chain',
    localityCode: '07234',
    awardTypeCode: 'BK-TTG',
    processKey: 'commendation-four-tier',
    title: 'Đề nghị Bằng khen của Thủ tướng Chính phủ: phong trào "Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau" (Thị trấn Cầu Gồ)',
    nominees: [
      { kind: 'individual', fullName: 'Ông Nguyễn Văn Ấn', title: 'Bí thư Chi bộ, Trưởng thôn' },
      { kind: 'collective', fullName: 'Tổ dân phố Hoàng Hoa Thám' },
    ],
    // The province sends it back once: the district's council minutes are missing.
    returnAt: { elementId: 'province_appraise', comment: 'Thiếu biên bản họp Hội đồng TĐKT cấp huyện', resubmitComment: 'Đã bổ sung biên bản họp ngày 15/3' },
  },
  {
    label: 'Chuỗi 2 cấp / two-tier chain',
    localityCode: 'HN-THANHXUAN',
    awardTypeCode: 'BK-TTG',
    processKey: 'commendation-two-tier',
    title: 'Đề nghị Bằng khen của Thủ tướng Chính phủ: phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát" (Phường Thanh Xuân)',
    nominees: [{ kind: 'individual', fullName: 'Bà Trần Thị Bình', title: 'Tổ trưởng tổ dân phố số 7' }],
    returnAt: null,
  },
];

// ── command line ────────────────────────────────────────────────────────────────────────
function parseArgs(argv) {
  const options = { base: process.env.VD_BASE_URL || null, keepData: false, waitPosting: 0 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--keep-data') options.keepData = true;
    else if (arg === '--base') options.base = argv[++i];
    else if (arg.startsWith('--base=')) options.base = arg.slice('--base='.length);
    else if (arg === '--wait-posting') options.waitPosting = Number(argv[++i]);
    else if (arg.startsWith('--wait-posting=')) options.waitPosting = Number(arg.slice('--wait-posting='.length));
    else throw new Error(`Tham số không hợp lệ / unknown argument: ${arg} (see --help)`);
  }
  if (options.base !== null && !/^https?:\/\/[^/]+/.test(options.base ?? '')) throw new Error(`--base cần một URL / --base needs a URL, got "${options.base}"`);
  if (!Number.isFinite(options.waitPosting) || options.waitPosting < 0) throw new Error('--wait-posting cần số giây / needs a number of seconds');
  if (options.base) options.base = options.base.replace(/\/+$/, '');
  return options;
}

const HELP = `Vinh Danh walkthrough — đi qua cả hai chuỗi khen thưởng bằng HTTP

  node test/walkthrough/walkthrough.mjs               tự chạy máy chủ trên thư mục PGlite tạm
                                                      (own server, temporary PGlite folder;
                                                      needs: npx nx run api:build)
  node test/walkthrough/walkthrough.mjs --base URL     dùng máy chủ đang chạy / use a running
                                                      server (also: VD_BASE_URL=URL); stops at
                                                      the 10-working-day public posting
  --wait-posting SECONDS                              (with --base) chờ hẹn giờ niêm yết bấy lâu
                                                      trước khi dừng / poll that long for the
                                                      posting timer before stopping (default 0)
  --keep-data                                         giữ thư mục dữ liệu tạm / keep the temp data
`;

// ── log ─────────────────────────────────────────────────────────────────────────────────
const log = (line = '') => console.log(line);
const heading = (text) => log(`\n══ ${text} ══`);

// ── the server this script starts (own mode) ────────────────────────────────────────────
async function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

class OwnServer {
  constructor(dataDir) {
    this.dataDir = dataDir;
    this.logFile = join(dataDir, 'server.log');
    this.child = null;
    this.baseUrl = null;
    this.starts = 0;
  }

  async start() {
    const port = await freePort();
    const out = openSync(this.logFile, 'a');
    const env = { ...process.env, NODE_ENV: 'development', HOST: '127.0.0.1', PORT: String(port), DATA_DIR: this.dataDir, TIMER_POLL_MS: '250', DEMO_DATA: 'true', LOG_LEVEL: 'log' };
    delete env.DATABASE_URL;
    this.child = spawn(process.execPath, [SERVER_ENTRY], { cwd: ROOT, env, stdio: ['ignore', out, out] });
    this.exit = new Promise((resolveExit) => this.child.once('exit', (code, signal) => resolveExit(code ?? signal)));
    let exited = null;
    this.exit.then((status) => (exited = status));
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.starts++;
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (exited !== null) throw new Error(`Máy chủ dừng khi khởi động / the server exited while starting (${exited}); log: ${this.logFile}\n${this.tail()}`);
      const ok = await fetch(`${this.baseUrl}/api/health`).then((r) => r.ok, () => false);
      if (ok) return;
      if (Date.now() > deadline) throw new Error(`Máy chủ không sẵn sàng sau 120 s / the server was not healthy after 120 s; log: ${this.logFile}\n${this.tail()}`);
      await delay(200);
    }
  }

  async stop() {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 20_000);
    await this.exit;
    clearTimeout(timer);
  }

  tail(lines = 30) {
    try {
      return readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }
}

// ── HTTP ────────────────────────────────────────────────────────────────────────────────
class Api {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.tokens = new Map();
  }

  async token(username) {
    if (!this.tokens.has(username)) {
      const body = await this.call('POST', '/api/auth/login', { body: { username, password: PASSWORD } });
      this.tokens.set(username, body.accessToken);
    }
    return this.tokens.get(username);
  }

  async call(method, path, { as, body, expect = [200, 201] } = {}) {
    const headers = { accept: 'application/json' };
    if (as) headers.authorization = `Bearer ${await this.token(as)}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (error) {
      throw new Error(`${method} ${path}: không kết nối được / cannot connect to ${this.baseUrl} (${error.cause?.code ?? error.message})`);
    }
    const text = await response.text();
    let parsed = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text for the message
    }
    if (!expect.includes(response.status)) {
      throw new Error(`${method} ${path}${as ? ` (${as})` : ''} → ${response.status} ${typeof parsed === 'string' ? parsed.slice(0, 300) : JSON.stringify(parsed)}`);
    }
    return parsed;
  }
}

// ── the walk ────────────────────────────────────────────────────────────────────────────
class Walk {
  constructor(api) {
    this.api = api;
    this.units = null;
  }

  async localities() {
    this.units ??= await this.api.call('GET', '/api/localities', { as: 'admin' });
    return this.units;
  }

  async code(localityId) {
    const unit = (await this.localities()).find((candidate) => candidate.id === localityId);
    if (!unit) throw new Error(`Không rõ đơn vị / unknown locality ${localityId}`);
    return unit.code;
  }

  async dossier(id) {
    return this.api.call('GET', `/api/dossiers/${id}`, { as: 'admin' });
  }

  async create(chain) {
    const unit = (await this.localities()).find((candidate) => candidate.code === chain.localityCode);
    if (!unit) throw new Error(`Thiếu đơn vị trình diễn / missing demo locality ${chain.localityCode}: is DEMO_DATA on?`);
    const clerk = `clerk.${chain.localityCode}`;
    const created = await this.api.call('POST', '/api/dossiers', {
      as: clerk,
      body: { awardTypeCode: chain.awardTypeCode, localityId: unit.id, title: chain.title, nominees: chain.nominees },
      expect: [201],
    });
    log(`[${chain.localityCode}] ${clerk} lập hồ sơ / creates dossier ${created.code}: ${chain.awardTypeCode}, ${chain.nominees.length} người/tập thể được đề nghị / nominees`);
    await this.api.call('POST', `/api/dossiers/${created.id}/submit`, { as: clerk, expect: [200] });
    const submitted = await this.dossier(created.id);
    if (submitted.processKey !== chain.processKey) throw new Error(`${created.code}: quy trình / process ${submitted.processKey}, expected ${chain.processKey}`);
    log(`[${chain.localityCode}] ${clerk} trình hồ sơ / submits → quy trình / process ${submitted.processKey}`);
    return { chain, id: created.id, code: created.code, steps: [], returned: false, resubmitted: false, timerFired: false, paused: null };
  }

  /** What the office does at this step; one return for supplement on the chain that asks for it. */
  decide(run, task) {
    const plan = run.chain.returnAt;
    if (plan && !run.returned && task.elementId === plan.elementId) {
      run.returned = true;
      return { outcome: 'return', comment: plan.comment };
    }
    if (task.formKey === 'vd:council-vote') return { outcome: 'record', data: { members: 10, present: 10, votesFor: 10 } };
    if (task.outcomes.includes('resubmit')) {
      run.resubmitted = true;
      return { outcome: 'resubmit', comment: plan?.resubmitComment ?? 'Đã bổ sung hồ sơ' };
    }
    const outcome = ['approve', 'forward', 'decide', 'submit'].find((candidate) => task.outcomes.includes(candidate));
    if (!outcome) throw new Error(`${run.code}: không biết xử lý bước / no approving outcome at ${task.elementId} (${task.outcomes.join(', ')})`);
    return { outcome };
  }

  /** Completes open tasks until the dossier closes or waits on a timer; returns 'closed' or 'waiting'. */
  async advance(run) {
    for (let guard = 0; guard < 40; guard++) {
      const dossier = await this.dossier(run.id);
      const open = dossier.tasks.filter((task) => task.status === 'open');
      if (dossier.status !== 'in_progress') return 'closed';
      if (open.length === 0) return 'waiting';
      if (open.length > 1) throw new Error(`${run.code}: nhiều bước mở cùng lúc / several open tasks: ${open.map((task) => task.elementId).join(', ')}`);
      const task = open[0];
      const unit = await this.code(task.localityId);
      const actor = `${task.candidateRole}.${unit}`;
      // The actor finds the task in their own inbox, as a clerk would.
      const inbox = await this.api.call('GET', `/api/tasks?scope=candidate&dossierId=${run.id}`, { as: actor });
      if (!inbox.items.some((item) => item.id === task.id)) throw new Error(`${run.code}: ${actor} không thấy ${task.elementId} trong hộp công việc / not in the actor's inbox`);
      const completion = this.decide(run, task);
      const result = await this.api.call('POST', `/api/tasks/${task.id}/complete`, { as: actor, body: completion, expect: [200] });
      run.steps.push(`${task.elementId}:${completion.outcome}`);
      log(`[${unit}] ${actor} → ${task.elementId}: ${describe(completion)}  · ${task.name}`);
      if (completion.outcome === 'return') {
        const next = result.nextTasks[0];
        log(`        ↩ trả lại để bổ sung / returned for supplement → ${next ? `${next.elementId} (${next.candidateRole}.${await this.code(next.localityId)})` : '?'}`);
      }
    }
    throw new Error(`${run.code}: quy trình không kết thúc / the chain did not end: ${run.steps.join(' → ')}`);
  }

  /** Waits, with a deadline, for the scheduler to fire the posting timer and open the next step. */
  async awaitTimer(run, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const dossier = await this.dossier(run.id);
      const fired = dossier.history.events.filter((event) => event.type === 'timer.fired');
      const open = dossier.tasks.filter((task) => task.status === 'open');
      if (fired.length > 0 && (open.length > 0 || dossier.status !== 'in_progress')) {
        run.timerFired = true;
        const event = fired.at(-1);
        log(`[TW] ▶ ${run.code}: hết thời gian niêm yết / posting ended — ${event.actor} fired ${event.payload.elementId}; mở / opens ${open.map((task) => task.elementId).join(', ') || '(none)'}`);
        return;
      }
      if (Date.now() > deadline) throw new Error(`${run.code}: bộ hẹn giờ niêm yết không chạy sau ${timeoutMs / 1000} s / the posting timer did not fire`);
      await delay(200);
    }
  }
}

function describe(completion) {
  if (completion.data && 'votesFor' in completion.data) return `${completion.outcome} ${completion.data.votesFor}/${completion.data.members}`;
  return completion.comment ? `${completion.outcome} «${completion.comment}»` : completion.outcome;
}

function postingMessage(run) {
  return `[TW] ⏸ ${run.code}: đang niêm yết công khai 10 ngày làm việc trước khi Hội đồng Trung ương họp / in the 10-working-day public posting before the central council (central_public_posting, P14D)`;
}

/** Moves the posting timers of the waiting dossiers into the past, in the stopped server's data folder. */
async function movePostingTimersIntoThePast(dataDir, runs) {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = new PGlite(join(dataDir, 'pglite'));
  try {
    await db.waitReady;
    const ids = runs.map((run) => run.id);
    const pending = await db.query(`SELECT id, dossier_id, element_id, due_at FROM timer_jobs WHERE status = 'pending' AND dossier_id = ANY($1::uuid[]) ORDER BY due_at`, [ids]);
    for (const run of runs) {
      const jobs = pending.rows.filter((job) => job.dossier_id === run.id);
      if (jobs.length !== 1 || jobs[0].element_id !== 'central_public_posting') {
        throw new Error(`${run.code}: mong đợi một hẹn giờ niêm yết / expected one pending central_public_posting timer, found ${JSON.stringify(jobs.map((job) => job.element_id))}`);
      }
      log(`        ${run.code}: ${jobs[0].element_id} hạn / due ${new Date(jobs[0].due_at).toISOString()} → dời về quá khứ / moved into the past`);
    }
    const updated = await db.query(`UPDATE timer_jobs SET due_at = now() - interval '1 minute' WHERE status = 'pending' AND dossier_id = ANY($1::uuid[]) AND element_id = 'central_public_posting'`, [ids]);
    if (updated.affectedRows !== runs.length) throw new Error(`UPDATE timer_jobs: ${updated.affectedRows} rows, expected ${runs.length}`);
  } finally {
    await db.close();
  }
}

async function verify(walk, run) {
  const dossier = await walk.dossier(run.id);
  const completed = dossier.tasks.filter((task) => task.status === 'completed').map((task) => task.elementId);
  const problems = [];
  if (dossier.status !== 'closed') problems.push(`status ${dossier.status}`);
  if (dossier.result !== 'submitted') problems.push(`result ${dossier.result}`);
  if (completed.at(-1) !== 'central_submit') problems.push(`last step ${completed.at(-1)}`);
  if (!dossier.history.verified) problems.push('history not verified');
  if (!run.timerFired) problems.push('posting timer not seen firing');
  if (run.chain.returnAt && !(run.returned && run.resubmitted)) problems.push('return/resubmit not done');
  if (run.chain.processKey === 'commendation-two-tier' && completed.some((step) => step.startsWith('district_'))) problems.push('two-tier chain went through a district');
  if (problems.length > 0) throw new Error(`${run.code}: ${problems.join('; ')}`);
  return dossier;
}

// ── main ────────────────────────────────────────────────────────────────────────────────
async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    return 2;
  }
  if (options.help) {
    log(HELP);
    return 0;
  }
  let server = null;
  let dataDir = null;
  let failed = false;
  const cleanup = async () => {
    await server?.stop();
    if (dataDir && !options.keepData && !failed) rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    failed = true;
    void cleanup().finally(() => process.exit(130));
  });

  try {
    let base = options.base;
    if (!base) {
      if (!existsSync(SERVER_ENTRY)) {
        console.error(`Chưa build máy chủ / the api is not built: ${SERVER_ENTRY} is missing.\nBuild it first:  npx nx run api:build   (or: npx tsc -b apps/api/tsconfig.app.json)`);
        return 1;
      }
      dataDir = mkdtempSync(join(tmpdir(), 'vd-walkthrough-'));
      server = new OwnServer(dataDir);
      heading('Khởi động máy chủ / starting the server');
      await server.start();
      base = server.baseUrl;
      log(`${base}/api  ·  PGlite ${join(dataDir, 'pglite')}  ·  log ${server.logFile}`);
    } else {
      heading(`Máy chủ / server ${base}`);
    }
    const api = new Api(base);
    const health = await api.call('GET', '/api/health');
    log(`health: ${JSON.stringify(health)}`);
    const walk = new Walk(api);

    const runs = [];
    for (const chain of CHAINS) {
      heading(`${chain.label}: ${chain.localityCode} → TW, ${chain.awardTypeCode}`);
      const run = await walk.create(chain);
      runs.push(run);
      if ((await walk.advance(run)) === 'waiting') log(postingMessage(run));
    }

    const waiting = [];
    for (const run of runs) if ((await walk.dossier(run.id)).status === 'in_progress') waiting.push(run);
    if (waiting.length > 0 && server) {
      heading('Niêm yết công khai / public posting: máy chủ tắt trong lúc chờ / the server is down meanwhile');
      log(`Dừng máy chủ / stopping the server (pid ${server.child.pid})`);
      await server.stop();
      await movePostingTimersIntoThePast(dataDir, waiting);
      log('Khởi động lại / starting the server again on the same data');
      await server.start();
      api.baseUrl = server.baseUrl;
      log(`${server.baseUrl}/api`);
      for (const run of waiting) await walk.awaitTimer(run, 30_000);
      for (const run of waiting) {
        heading(`${run.chain.label} (tiếp / continued): ${run.code}`);
        if ((await walk.advance(run)) !== 'closed') throw new Error(`${run.code}: vẫn chờ sau khi hết niêm yết / still waiting after the posting`);
      }
    } else if (waiting.length > 0) {
      for (const run of waiting) {
        if (options.waitPosting > 0) {
          log(`[TW] … ${run.code}: chờ hẹn giờ niêm yết tối đa / polling for the posting timer for up to ${options.waitPosting} s`);
          const fired = await walk.awaitTimer(run, options.waitPosting * 1000).then(() => true, () => false);
          if (fired && (await walk.advance(run)) === 'closed') continue;
        }
        run.paused = 'central_public_posting';
      }
    }

    heading('Tổng kết / summary');
    for (const run of runs) {
      if (run.paused) {
        const dossier = await walk.dossier(run.id);
        if (!dossier.history.verified) throw new Error(`${run.code}: lịch sử không xác minh được / history not verified`);
        log(`${run.code}  ${run.chain.processKey}  ${run.chain.localityCode} → TW  ${run.chain.awardTypeCode}  ${run.steps.length} bước/steps`);
        log(`    tạm dừng tại / paused at ${run.paused}: niêm yết 10 ngày làm việc, Hội đồng Trung ương họp sau đó / the central council follows the posting on this server`);
        continue;
      }
      const dossier = await verify(walk, run);
      log(`${run.code}  ${dossier.processKey}  ${run.chain.localityCode} → TW  ${run.chain.awardTypeCode}  ${run.steps.length} bước/steps`);
      log(`    ${run.steps.join(' → ')}`);
      log(`    kết quả / result: ${dossier.status}, ${dossier.result} — ${dossier.resultLabel}; lịch sử / history: ${dossier.history.events.length} sự kiện/events, verified=${dossier.history.verified}`);
    }
    if (server) log(`Máy chủ khởi động ${server.starts} lần; hẹn giờ niêm yết chạy sau khi khởi động lại / server started ${server.starts} times; the posting timers fired after the restart.`);
    if (runs.some((run) => run.paused)) log('Dừng ở bước niêm yết công khai (không lỗi) / stopped at the public posting (not a failure).');
    else log('Hoàn tất / done: cả hai chuỗi đến bước trình Trung ương / both chains reached central_submit.');
    return 0;
  } catch (error) {
    failed = true;
    console.error(`\n✗ Lỗi / failure: ${error instanceof Error ? error.message : String(error)}`);
    if (server) console.error(`Server log (last lines, full log in ${server.logFile}):\n${server.tail()}`);
    if (dataDir) console.error(`Dữ liệu giữ lại / data kept for inspection: ${dataDir}`);
    return 1;
  } finally {
    await cleanup();
  }
}

process.exitCode = await main();
