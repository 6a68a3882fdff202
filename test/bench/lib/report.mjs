/** The side-by-side table on stdout and BENCHMARKS.md. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TWO_TIER_PATH } from './raw-engine.mjs';
import { fmt, fmtInt, mib, table } from './stats.mjs';

const dbName = (kind) => (kind === 'pglite' ? 'PGlite' : 'PostgreSQL');

const modeName = (mode) => (mode?.instanceCacheSize ? `warm engines (cache ${mode.instanceCacheSize})` : 'stateless (cache 0)');

function mainRows(results) {
  const rows = [];
  const raw = results.raw;
  const rawRow = (name, mode, loop) => [
    name,
    '–',
    mode,
    '1',
    fmtInt(loop.steps),
    fmt(loop.stepsPerSecond),
    fmt(loop.p50Ms),
    fmt(loop.p95Ms),
    fmt(loop.cpuMsPerStep),
    '–',
    fmt(loop.stepsPerSecond / raw.plain.stepsPerSecond, 2),
    fmt(loop.stepsPerSecond / raw.runtime.stepsPerSecond, 2),
    '–',
    fmt(loop.otherCores, 2),
    '–',
  ];
  if (raw) {
    rows.push(rawRow('engine loop, libs/engine', 'stateless', raw.runtime));
    if (raw.warm) rows.push(rawRow('engine loop, libs/engine', 'warm engine', raw.warm));
    rows.push(rawRow('engine loop, bare bpmn-engine', 'stateless', raw.plain));
  }
  for (const section of results.http) {
    for (const row of section.rows) {
      const errors = Object.values(row.errors).reduce((a, b) => a + b, 0);
      rows.push([
        'HTTP complete',
        dbName(section.kind),
        modeName(section.mode),
        String(row.clients),
        fmtInt(row.steps),
        fmt(row.stepsPerSecond),
        fmt(row.p50Ms),
        fmt(row.p95Ms),
        fmt(row.serverCpuMsPerStep),
        row.beside ? `${fmt(row.beside.plain.stepsPerSecond)} / ${fmt(row.beside.runtime.stepsPerSecond)}` : '–',
        fmt(row.ratioToPlain, 2),
        fmt(row.ratioToRuntime, 2),
        fmt(row.ratioToSameMode, 2),
        fmt(row.otherCores, 2),
        String(errors),
      ]);
    }
  }
  return rows;
}

const MAIN_HEADER = ['loop', 'database', 'engine between steps', 'clients', 'steps', 'steps/s', 'p50 ms', 'p95 ms', 'CPU ms/step', 'engine loops beside, steps/s (bare / libs/engine)', 'ratio to raw bpmn-engine loop (target)', 'ratio to stateless libs/engine loop', 'ratio to same-mode engine loop', 'other cores busy', 'errors'];

function elementRows(results) {
  const columns = [];
  if (results.raw) {
    columns.push(['engine loop, stateless', results.raw.runtime.perElement]);
    if (results.raw.warm) columns.push(['engine loop, warm', results.raw.warm.perElement]);
  }
  for (const section of results.http) {
    const single = section.rows.find((row) => row.clients === 1);
    if (single) columns.push([`HTTP ${dbName(section.kind)}, ${section.mode?.instanceCacheSize ? 'warm' : 'stateless'}, 1 client`, single.perElement]);
  }
  const header = ['step (p50 ms)', ...columns.map(([name]) => name)];
  const rows = TWO_TIER_PATH.map((id) => [id, ...columns.map(([, per]) => fmt(per?.[id]?.p50Ms))]);
  return { header, rows };
}

function memoryRows(results) {
  const rows = [];
  for (const mem of results.mem) {
    for (const sample of mem.samples) {
      rows.push([
        dbName(mem.kind),
        fmtInt(sample.open),
        fmt(mib(sample.rssKiB)),
        fmt(mib(sample.hwmKiB)),
        fmt(mib(sample.afterGc.rssKiB)),
        fmt(sample.afterGc.heapUsedMiB),
        fmt(sample.atMs / 1000, 0),
      ]);
    }
  }
  return { header: ['database', 'open instances', 'api VmRSS MiB', 'VmHWM MiB', 'VmRSS after full GC', 'V8 heap used after GC MiB', 'seconds into the fill'], rows };
}

function stateRows(results) {
  const rows = [];
  if (results.raw) {
    rows.push(['engine loop, libs/engine (stripped state)', fmtInt(results.raw.runtime.stateBytesMean), fmtInt(results.raw.runtime.stateBytesMax), '–']);
    rows.push(['engine loop, bare bpmn-engine (model embedded)', fmtInt(results.raw.plain.stateBytesMean), fmtInt(results.raw.plain.stateBytesMax), '–']);
  }
  for (const mem of results.mem) {
    const s = mem.state;
    rows.push([`process_instances.state, ${fmtInt(s.instances)} running on ${dbName(mem.kind)}`, fmtInt(s.jsonBytesMean), fmtInt(s.jsonBytesMax), `${fmtInt(s.storedBytesMean)} / ${fmtInt(s.storedBytesMax)}`]);
  }
  return { header: ['state', 'JSON bytes mean', 'JSON bytes max', 'stored jsonb bytes mean / max'], rows };
}

function profileRows(results) {
  return results.profiles.map((profile) => ({
    title: `api on ${dbName(profile.kind)}, ${modeName(profile.mode)}, while the complete calls were timed (${fmt(profile.totalMs / 1000)} s of samples)`,
    header: ['self time by component', 'ms', '%'],
    rows: profile.self.slice(0, 12).map((entry) => [entry.name, fmtInt(entry.ms), fmt(entry.percent)]),
  }));
}

export function printSummary(results, log) {
  log('\n=== Side by side (steps = user-task completions of the two-tier chain) ===');
  log(table(MAIN_HEADER, mainRows(results)));
  if (results.raw) {
    const p = results.raw.plain.phasesMs;
    log(`bare bpmn-engine step, mean ms: getState+JSON ${fmt(p.getStateJson)} · stop ${fmt(p.stop)} · new Engine+recover ${fmt(p.newEngineRecover)} · resume ${fmt(p.resume)} · signal→next wait ${fmt(p.signal)}`);
  }
  const elements = elementRows(results);
  log('');
  log(table(elements.header, elements.rows));
  const memory = memoryRows(results);
  if (memory.rows.length) {
    log('');
    log(table(memory.header, memory.rows));
  }
  const state = stateRows(results);
  log('');
  log(table(state.header, state.rows));
  for (const profile of profileRows(results)) {
    log(`\n${profile.title}`);
    log(table(profile.header, profile.rows));
  }
}

const NOTES_START = '<!-- hand-written notes: kept when run.mjs rewrites this file -->';
const NOTES_END = '<!-- end of hand-written notes -->';
const BLOCK_START = '<!-- step-bench:start -->';
const BLOCK_END = '<!-- step-bench:end -->';
const OTHER_BLOCK = /<!-- [a-z-]+-bench:start -->/;

/**
 * Writes this benchmark's block of BENCHMARKS.md. Other benchmarks keep their own marked
 * blocks in the same file: everything outside ours is left as it is, and the hand-written
 * notes inside ours are kept too.
 */
export function writeReport(root, results, command) {
  const file = join(root, 'BENCHMARKS.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  let before = '';
  let ours = '';
  let after = previous;
  const start = previous.indexOf(BLOCK_START);
  const end = previous.indexOf(BLOCK_END);
  if (start >= 0 && end > start) {
    before = previous.slice(0, start);
    ours = previous.slice(start, end);
    after = previous.slice(end + BLOCK_END.length);
  } else if (previous.includes(NOTES_START)) {
    // A file written before the block markers: ours is what comes before the other blocks.
    const other = previous.search(OTHER_BLOCK);
    ours = other >= 0 ? previous.slice(0, other) : previous;
    after = other >= 0 ? previous.slice(other) : '';
  }
  const notesStart = ours.indexOf(NOTES_START);
  const notesEnd = ours.indexOf(NOTES_END);
  const notes = notesStart >= 0 && notesEnd > notesStart ? ours.slice(notesStart + NOTES_START.length, notesEnd).trim() : '_No notes yet._';
  const block = renderMarkdown(results, command).replace('NOTES_PLACEHOLDER', `${NOTES_START}\n\n${notes}\n\n${NOTES_END}`);
  const rest = after.replace(/^\s+/, '');
  writeFileSync(file, `${before}${BLOCK_START}\n${block.trimEnd()}\n${BLOCK_END}\n${rest ? `\n${rest}` : ''}`);
  return file;
}

function renderMarkdown(results, command) {
  const m = results.machine;
  const s = results.settings;
  const md = (t) => table(t.header, t.rows, { markdown: true });
  const parts = [
    '# Benchmarks',
    '',
    '## Task completion: engine loop against HTTP, and open instances (`npm run bench`)',
    '',
    'Written by `test/bench/run.mjs` between the `step-bench` markers; rerun it rather than editing the figures (the *Notes* are hand-written and kept across runs). Other benchmarks write their own sections below.',
    '',
    `- Command: \`${command}\`; the default run is \`npm run bench\` (builds the api, then \`node test/bench/run.mjs\`)`,
    `- Date: ${m.date}; commit ${m.commit}`,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${fmt(m.memoryGiB, 0)} GiB, Node ${m.node}; PostgreSQL ${m.postgresVersion} on the same machine`,
    `- Load average (1/5/15 min) at start: ${m.loadAtStart}; at end: ${m.loadAtEnd}`,
    `- Run time: ${fmt(results.totalSeconds / 60)} min${s.quick ? ' (`--quick`)' : ''}`,
    '',
    '### Results',
    '',
    `One step = one user-task completion of \`processes/commendation-two-tier.bpmn\` with \`grantingLevel=province\` (commune_council → commune_forward → province_appraise → province_council → province_decide; every dossier runs to its end). *Engine between steps*: *stateless* recovers the saved state at every step; *warm engine(s)* keeps the live engine of a stored step and reuses it for the next step of that instance (the api does so for up to \`INSTANCE_CACHE_SIZE\` instances; its default is ${s.http.modes.find((mode) => mode.instanceCacheSize)?.instanceCacheSize ?? '–'}). *CPU ms/step*: CPU time of the process doing the work, per step — this process for the engine loops (inside the timed steps), the api process for the HTTP rows (the PostgreSQL server processes not included). *Engine loops beside*: the bare and the libs/engine stateless loops run again in this process right before the row (the api idle), because this machine's speed drifts by tens of per cent within minutes; the two ratios that follow use them. *Ratio to raw bpmn-engine loop* = steps/s ÷ steps/s of the bare bpmn-engine loop: the issue's raw loop (getState → JSON → recover → resume → signal, the state embedding its model), which the server may beat by keeping instances warm and parsing definitions once; its target is ≥ 1.0. *Ratio to stateless libs/engine loop*, a stricter bar: ÷ our own engine loop, which already parses each definition once and stores a stripped state; *ratio to same-mode engine loop* compares a warm HTTP row with the warm engine loop. *Other cores busy*: CPU used meanwhile by everything but the api and the benchmark process (PostgreSQL, the kernel, anything else running on the machine), in cores; well above PostgreSQL's share it means the row was disturbed.`,
    '',
    md({ header: MAIN_HEADER, rows: mainRows(results) }),
    '',
  ];
  if (results.raw) {
    const p = results.raw.plain.phasesMs;
    parts.push(
      `Bare bpmn-engine step, mean ms: getState + JSON ${fmt(p.getStateJson)} · stop ${fmt(p.stop)} · new Engine + recover ${fmt(p.newEngineRecover)} · resume ${fmt(p.resume)} · signal to the next wait ${fmt(p.signal)}. Starting an instance to its first wait (libs/engine, not counted as a step): ${fmt(results.raw.runtime.startMs)} ms.`,
      '',
    );
  }
  parts.push('#### Per step of the chain (p50 ms)', '', md(elementRows(results)), '');
  if (results.mem.length) {
    parts.push(
      '#### Open instances: api memory',
      '',
      `Dossiers created and submitted through the API by ${s.mem.concurrency} clients (each leaves a running instance waiting at commune_council), after a warm-up of ${s.mem.warmupDossiers} dossiers run to their end; the api runs with \`INSTANCE_CACHE_SIZE=${s.mem.instanceCacheSize}\`. *VmRSS* / *VmHWM* (peak) are read from \`/proc/<pid>/status\` of the api process as found; then the api runs two full garbage collections (\`--expose-gc\`, triggered by SIGWINCH from \`test/bench/lib/gc-probe.cjs\`) and reports its V8 heap, and VmRSS is read again. A bounded cache shows as a step up to its size, then flat.`,
      '',
      md(memoryRows(results)),
      '',
    );
    for (const mem of results.mem) {
      parts.push(`${dbName(mem.kind)}: ${fmtInt(mem.open)} dossiers created and submitted in ${fmt(mem.ms / 1000, 0)} s (${fmt(mem.ratePerSecond)}/s, two requests each).${perLiveEngine(mem, s.mem.instanceCacheSize)}`, '');
    }
  }
  parts.push('#### State size per instance', '', md(stateRows(results)), '');
  for (const profile of profileRows(results)) parts.push(`#### CPU profile: ${profile.title}`, '', md(profile), '');
  parts.push(...method(results), '', ...reading(results), '');
  return parts.join('\n');
}

/** Heap growth from before the fill to the first checkpoint, per instance the cache can hold. */
function perLiveEngine(mem, cacheSize) {
  const before = mem.samples[0];
  const first = mem.samples[1];
  if (!cacheSize || !before || !first) return '';
  const held = Math.min(cacheSize, first.open);
  const perEngine = (first.afterGc.heapUsedMiB - before.afterGc.heapUsedMiB) / held;
  return ` Live V8 heap grew by ${fmt(first.afterGc.heapUsedMiB - before.afterGc.heapUsedMiB, 0)} MiB up to ${fmtInt(first.open)} open instances, of which at most ${fmtInt(held)} can be warm: ≈${fmt(perEngine, 1)} MiB per live engine.`;
}

function method(results) {
  const s = results.settings;
  return [
    '### Method',
    '',
    `- **Engine loop** (in the benchmark process; no database, no HTTP): instances of the two-tier chain started with \`dossierId, awardTypeCode=BK-CT-TINH, grantingLevel=province, councilThresholdPercent=80\` (plus the other variables the api passes) and completed step by step with the same outcomes as the HTTP clients. A timed *stateless* step is what a stateless server does: \`JSON.parse\` of the saved state → \`runtime.completeTask()\` (a fresh engine on the shared source context of the definition → recover → resume → signal → run to the next wait → getState) → \`JSON.stringify\`. The *warm* loop is the same with \`createProcessRuntime({ warmInstances })\`, \`keepWarm()\` after each step and \`{ warm: { key, version } }\` on the next, so the live engine is reused; the state is still serialised and parsed. ${s.raw.warmupInstances} instances of warm-up, then up to ${fmtInt(s.raw.maxSteps)} steps or ${s.raw.maxMs / 1000} s per loop. Steps/s = 1000 / mean step time (starting an instance is not a step, as submits are not counted in the HTTP rows). One loop runs at a time on one core.`,
    '- **Bare bpmn-engine loop**, for reference, as ENGINE-NOTES measured it: `getState` → `JSON.stringify` → `stop` → `new Engine()` → `recover(JSON.parse(…))` (the state embeds the serialised model) → `resume` → `signal`. Bare bpmn-engine cannot run this model by itself: it is given the smallest expression handler that evaluates its `${…}` conditions (compiled once per expression) and an extension that copies the signal into `outcome`/`data`.',
    `- **HTTP**: per database and mode a fresh api process (\`node apps/api/dist/main.js\`, \`DEMO_DATA=true TIMER_POLL_MS=0 LOG_LEVEL=warn INSTANCE_CACHE_SIZE=${s.http.modes.map((mode) => mode.instanceCacheSize).join('|')}\`) on a free loopback port with a fresh DATA_DIR (PGlite) or a fresh database \`vd_bench_<pid>_…\` (PostgreSQL, dropped afterwards). Logins are made once per demo user and cached. Warm-up: ${s.http.warmupDossiers} dossiers run to their end with 5 clients (not reported), which also sizes the rows. Then submitted dossiers are prepared (not timed) and each row runs N clients over Node's global fetch (undici, keep-alive). A client takes the oldest open task from a pool kept in this process (so no two clients take the same task), completes it as \`<candidateRole>.<code of task.localityId>\` with the approving outcome (council steps: \`members=10, present=10, votesFor=10\`) and goes on with the task that completion opened in the same dossier. With the warm cache that makes 4 steps out of 5 hits (the first step of a dossier misses: the pool's oldest dossiers were submitted longest ago); it is the best case for the cache. Only the complete call is timed (request sent → response body read). Each row is bounded by ${fmtInt(s.http.maxSteps)} steps (fewer when the warm-up rate says the time bound comes first) and ${s.http.maxMs / 1000} s; steps/s = completed steps / wall time of the row. The api, PostgreSQL and this client share the ${results.machine.cores} cores; the run log shows how many cores each used per row.`,
    `- **Open instances**: a fresh api (PostgreSQL unless \`--mem-db\` says otherwise) with \`INSTANCE_CACHE_SIZE=${s.mem.instanceCacheSize}\`; after the warm-up, dossiers are created and submitted with ${s.mem.concurrency} clients up to ${fmtInt(s.mem.target)} (bounded by ${s.mem.maxMs / 60000} min), reading memory at ${s.mem.checkpoints.map(fmtInt).join(', ')}. The \`state\` column of every running instance is then read back (PostgreSQL: with \`pg\` while the api runs; PGlite: from its data folder once the api has stopped) and measured as \`JSON.stringify\` bytes; *stored* is \`pg_column_size\` (jsonb, TOAST-compressed).`,
    '- Timed code holds no assertions; correctness checks (the path each engine-loop instance takes, HTTP status codes) sit outside the timed span or are counted as errors.',
  ];
}

function reading(results) {
  const lines = ['### Reading (computed from this run)', ''];
  const raw = results.raw;
  const rowsOf = (warm) => results.http.filter((section) => Boolean(section.mode?.instanceCacheSize) === warm).flatMap((section) => section.rows.map((row) => ({ ...row, kind: section.kind })));
  if (raw) {
    for (const warm of [true, false]) {
      const rows = rowsOf(warm);
      if (!rows.length) continue;
      const worst = (ratio) => rows.reduce((a, b) => (ratio(b) < ratio(a) ? b : a));
      const toPlain = (row) => row.ratioToPlain;
      const toRuntime = (row) => row.ratioToRuntime;
      const besides = (which) => rows.map((row) => row.beside?.[which].stepsPerSecond ?? NaN);
      const span = (values) => `${fmt(Math.min(...values))}–${fmt(Math.max(...values))}`;
      const lowPlain = worst(toPlain);
      const lowRuntime = worst(toRuntime);
      const met = rows.filter((row) => toPlain(row) >= 1).length;
      const cpu = rows.map((row) => row.serverCpuMsPerStep);
      lines.push(
        `- **${warm ? 'Warm engines (the api as shipped)' : 'Stateless api (INSTANCE_CACHE_SIZE=0)'}.** Against the raw bpmn-engine loop run beside each row (${span(besides('plain'))} steps/s): ${met} of ${rows.length} rows reach 1.0, the lowest is ${dbName(lowPlain.kind)} × ${lowPlain.clients} client${lowPlain.clients > 1 ? 's' : ''} at ${fmt(toPlain(lowPlain), 2)} — the target of ≥ 1.0 in every row is ${met === rows.length ? '**met**' : '**not met**'}. Against the stricter stateless libs/engine loop beside each row (${span(besides('runtime'))} steps/s): ${fmt(toRuntime(lowRuntime), 2)} (${dbName(lowRuntime.kind)} × ${lowRuntime.clients}) to ${fmt(Math.max(...rows.map(toRuntime)), 2)}. The api spends ${fmt(Math.min(...cpu))}–${fmt(Math.max(...cpu))} ms of CPU per step against ${fmt(raw.runtime.cpuMsPerStep)} ms for the stateless engine step alone${warm && raw.warm ? ` and ${fmt(raw.warm.cpuMsPerStep)} ms for a warm one` : ''}.`,
      );
    }
  }
  for (const mem of results.mem) {
    const before = mem.samples[0];
    const after = mem.samples.slice(1);
    if (!after.length) continue;
    lines.push(
      `- **Memory, ${dbName(mem.kind)}, INSTANCE_CACHE_SIZE=${results.settings.mem.instanceCacheSize}.** V8 heap after a full GC: ${fmt(before.afterGc.heapUsedMiB, 0)} MiB before, ${after.map((x) => `${fmt(x.afterGc.heapUsedMiB, 0)} MiB at ${fmtInt(x.open)}`).join(', ')} open instances; VmRSS as found ${fmt(mib(before.rssKiB), 0)} MiB before, ${after.map((x) => `${fmt(mib(x.rssKiB), 0)} MiB at ${fmtInt(x.open)}`).join(', ')}.`,
    );
  }
  lines.push('', '#### Notes', '', 'NOTES_PLACEHOLDER');
  return lines;
}
