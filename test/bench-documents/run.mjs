#!/usr/bin/env node
/**
 * Documents benchmark: (a) a 500-nominee bundle with every kind and a few attachments, target
 * ≤ 2 s and ≤ 300 MB peak RSS; (b) 1,000 certificates, target ≤ 10 s; each side by side with
 * the floor, the smallest pdfkit program writing the same text (lib/floor.mjs). Every figure
 * comes from a fresh child process (peak RSS = that process's maxRSS), several repetitions,
 * medians reported. The library is loaded as the api loads it, from libs/documents/dist.
 * Writes BENCHMARKS.md between `<!-- documents-bench:start -->` and `<!-- documents-bench:end -->`.
 *
 *   npm run bench:documents            # builds libs/documents first
 * Options: --runs=N (default 5) · --nominees=N (default 500) · --reports=N,M (bundles with N and
 *   M achievement reports; default one per nominee, and 3) · --certificates=N (default 1000)
 *   · --no-write
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleInput, certificatesInput, loadLibrary, renderCase } from './lib/cases.mjs';
import { recordTextRuns } from './lib/record.mjs';
import { writeSection } from './lib/report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=').slice(1).join('=') ?? fallback;
const RUNS = Number(option('runs', '5'));
const NOMINEES = Number(option('nominees', '500'));
// The full dossier has one report per nominee; a second bundle with only a few shows what the
// other documents cost on their own.
const REPORTS = option('reports', `${NOMINEES},3`).split(',').map(Number);
const CERTIFICATES = Number(option('certificates', '1000'));

function checkBuild() {
  const dist = join(root, 'libs/documents/dist/index.js');
  if (!existsSync(dist)) throw new Error('libs/documents is not built: run `npx nx run documents:build` (npm run bench:documents does)');
  // tsc -b rewrites only the outputs that changed; its build info is touched on every build.
  const info = join(root, 'libs/documents/dist/tsconfig.lib.tsbuildinfo');
  const stale = execFileSync('find', [join(root, 'libs/documents/src'), '-name', '*.ts', '-not', '-name', '*.spec.ts', '-newer', existsSync(info) ? info : dist], { encoding: 'utf8' }).trim();
  if (stale) throw new Error('libs/documents/dist is older than its sources: rebuild it (npx nx run documents:build)');
}

/** Runs one child and parses the JSON line it prints. */
function child(script, args) {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [join(here, 'lib', script), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (c) => (stdout += c));
    proc.stderr.on('data', (c) => (stderr += c));
    proc.on('exit', (code) => (code === 0 ? done(JSON.parse(stdout.trim().split('\n').pop())) : fail(new Error(`${script} ${args.join(' ')} exited ${code}: ${stderr}`))));
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const summary = (samples) => ({
  cold: median(samples.map((s) => s.coldMs)),
  coldMax: Math.max(...samples.map((s) => s.coldMs)),
  warm: median(samples.map((s) => s.warmMs)),
  coldCpu: median(samples.map((s) => s.coldCpuMs)),
  warmCpu: median(samples.map((s) => s.warmCpuMs)),
  peakRss: median(samples.map((s) => s.peakRss)),
  peakRssMax: Math.max(...samples.map((s) => s.peakRss)),
  baseRss: median(samples.map((s) => s.baseRss)),
  pages: samples[0].pages,
  bytes: samples[0].bytes,
  failedAttachments: samples[0].failedAttachments,
});

/** Reads a rendered PDF back: its page count and the names the case must print. */
function verify(file, pages, names) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const counted = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  if (counted !== pages) throw new Error(`${file}: pdfinfo says ${counted} pages, the renderer ${pages}`);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 30 }).replace(/\s+/g, ' ');
  const absent = names.filter((n) => !text.includes(n.normalize('NFC')));
  if (absent.length > 0) throw new Error(`${file}: ${absent.length} names missing, e.g. ${absent.slice(0, 3).join('; ')}`);
}

async function main() {
  checkBuild();
  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'vd-bench-docs-'));
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`;
  const loadStart = loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`Documents benchmark — ${RUNS} runs per case — ${machine}, load ${loadStart}`);
  try {
    // The floor's text: what our renderer writes, recorded once (here, not timed).
    const docs = loadLibrary();
    const names = docs.samples.sampleNominees(NOMINEES).map((n) => n.name);
    const cases = [
      ...REPORTS.map((reports) => ({ name: `bundle-${reports}`, kind: 'bundle', reports, args: ['bundle', String(NOMINEES), String(reports)], input: () => bundleInput(docs, NOMINEES, reports), names })),
      { name: 'certificates', kind: 'certificates', args: ['certificates', String(CERTIFICATES)], input: () => certificatesInput(docs, CERTIFICATES), names: docs.samples.sampleNominees(CERTIFICATES, 1000).map((n) => n.name) },
    ];
    for (const c of cases) {
      const input = await c.input();
      const { result, pages } = await recordTextRuns(() => renderCase(docs, c.kind, input));
      c.runsFile = join(work, `${c.name}-runs.json`);
      writeFileSync(c.runsFile, JSON.stringify(pages));
      c.textPages = pages.length;
      c.mergedPages = result.pageCount - pages.length;
      console.log(`${c.name}: ${result.pageCount} pages (${pages.length} drawn by pdfkit), ${pages.reduce((n, p) => n + p.runs.length, 0).toLocaleString('en')} text runs recorded`);
    }
    // Interleaved, so a burst of load from elsewhere hits ours and the floor alike.
    const samples = Object.fromEntries(cases.flatMap((c) => [[c.name, []], [`${c.name}-warmed`, []], [`${c.name}-floor`, []]]));
    for (let run = 1; run <= RUNS; run++) {
      for (const c of cases) {
        const out = run === 1 ? join(work, `${c.name}.pdf`) : undefined;
        const ours = await child('ours.mjs', [...c.args, ...(out ? [`--out=${out}`] : [])]);
        if (out) verify(out, ours.pages, c.names);
        // The same in a process that first ran warmUp(), as the api does after it starts.
        const warmed = await child('ours.mjs', [...c.args, '--warmed-up']);
        const floor = await child('floor.mjs', [c.runsFile]);
        samples[c.name].push(ours);
        samples[`${c.name}-warmed`].push(warmed);
        samples[`${c.name}-floor`].push(floor);
        const line = (r) => `${r.coldMs.toFixed(0)} ms cold (cpu ${r.coldCpuMs.toFixed(0)}) / ${r.warmMs.toFixed(0)} warm (cpu ${r.warmCpuMs.toFixed(0)}), ${r.peakRss} MiB`;
        console.log(`run ${run} ${c.name.padEnd(12)} ours ${line(ours)} · after warm-up ${warmed.coldMs.toFixed(0)} ms · floor ${line(floor)} · load ${loadavg()[0].toFixed(1)}`);
      }
    }
    const results = {
      date: new Date().toISOString().slice(0, 10),
      commit: commitOf(),
      machine,
      load: { start: loadStart, end: loadavg().map((l) => l.toFixed(1)).join(' ') },
      minutes: (Date.now() - started) / 60_000,
      runs: RUNS,
      command: `npm run bench:documents${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
      sizes: { nominees: NOMINEES, reports: REPORTS, certificates: CERTIFICATES },
      cases: cases.map((c) => ({ name: c.name, kind: c.kind, reports: c.reports, textPages: c.textPages, mergedPages: c.mergedPages, ours: summary(samples[c.name]), warmed: summary(samples[`${c.name}-warmed`]), floor: summary(samples[`${c.name}-floor`]) })),
    };
    for (const c of results.cases) {
      console.log(`${c.name}: ours median ${c.ours.cold.toFixed(0)} ms cold (cpu ${c.ours.coldCpu.toFixed(0)}; ${c.ours.warm.toFixed(0)} warm), peak ${c.ours.peakRss} MiB; floor ${c.floor.cold.toFixed(0)} ms (cpu ${c.floor.coldCpu.toFixed(0)}; ${c.floor.warm.toFixed(0)} warm), ${c.floor.peakRss} MiB; ratio ${(c.ours.cold / c.floor.cold).toFixed(2)}`);
    }
    if (!argv.includes('--no-write')) {
      writeSection(root, results);
      console.log('BENCHMARKS.md: documents-bench section written');
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function commitOf() {
  const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', 'libs/documents'], { cwd: root, encoding: 'utf8' }).trim() !== '';
  return dirty ? `${sha} + uncommitted changes in libs/documents` : sha;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
