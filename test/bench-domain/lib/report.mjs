/** The table on stdout and the domain-bench block of BENCHMARKS.md (only between its markers). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const START = '<!-- domain-bench:start -->';
const END = '<!-- domain-bench:end -->';
const GROUPS = { base: 'Tham chiếu', inbox: 'Hộp việc (inbox)', list: 'Danh sách hồ sơ có lọc', search: 'Tìm kiếm không dấu' };
const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '—');
const int = (value) => (typeof value === 'number' ? value.toLocaleString('en') : '—');
/** A search total counted up to its cap reads "500+". */
const matched = (row) => (row ? `${int(row.total)}${row.totalCapped ? '+' : ''}` : '—');

/** The worst p95 of a group on one database. */
export function worstP95(run, group) {
  return Math.max(...run.rows.filter((row) => row.group === group).map((row) => row.p95));
}

export function render(results) {
  const [pg, lite] = [results.runs.find((run) => run.db === 'postgres'), results.runs.find((run) => run.db === 'pglite')];
  const lines = [
    START,
    '',
    '## Domain queries at scale (`npm run bench:domain`)',
    '',
    `Run ${results.date} on ${results.machine}; load average ${results.load.start} at the start, ${results.load.end} at the end. Command: \`${results.command}\` (${results.minutes.toFixed(1)} min). Written by \`test/bench-domain/run.mjs\`; the rest of this file is not its.`,
    '',
    '| database | dossiers | nominees | tasks (open) | generated in |',
    '|---|---:|---:|---:|---:|',
    ...results.runs.map((run) => `| ${run.title} | ${int(run.sizes.dossiers)} | ${int(run.sizes.nominees)} | ${int(run.sizes.tasks)} (${int(run.openTasks)}) | ${run.generateSeconds.toFixed(0)} s |`),
    '',
    `| query | as | ${results.runs.map((run) => `${run.title} p50 / p95 ms`).join(' | ')} | total matched |`,
    `|---|---|${results.runs.map(() => '---:').join('|')}|---:|`,
  ];
  const first = results.runs[0];
  first?.rows.forEach((row, index) => {
    const cells = results.runs.map((run) => `${ms(run.rows[index]?.p50)} / ${ms(run.rows[index]?.p95)}`);
    lines.push(`| ${GROUPS[row.group]}: ${row.label} | \`${row.as}\` | ${cells.join(' | ')} | ${results.runs.map((run) => matched(run.rows[index])).join(' / ')} |`);
  });
  lines.push('');
  if (pg) {
    const worst = worstP95(pg, 'search');
    lines.push(`**Target: search p95 ≤ 50 ms on PostgreSQL — ${worst <= 50 ? 'met' : 'NOT met'}** (worst search p95 ${ms(worst)} ms; worst inbox p95 ${ms(worstP95(pg, 'inbox'))} ms, worst list p95 ${ms(worstP95(pg, 'list'))} ms).`);
  } else {
    lines.push('**PostgreSQL was not measured in this run**: the 50 ms target is unchecked.');
  }
  if (lite && pg && lite.scale !== pg.scale) lines.push('', `PGlite ran at ${lite.scale} × the PostgreSQL size (\`--pglite-scale\`).`);
  lines.push(
    '',
    'How: a fresh database per run (PostgreSQL: `CREATE DATABASE`; PGlite: a new DATA_DIR); the built api starts once on it to migrate and seed the demo data, stops, then the rows are generated with batched `INSERT … SELECT generate_series` (dossiers spread over the demo communes with every fifth one at Thị trấn Cầu Gồ `07234`, so `clerk.07234` is the busy clerk; 10 nominees and 10 tasks per dossier, the last task of each running dossier open; names and titles from small Vietnamese vocabularies, so common words match thousands of rows; folded `search_text` from the same `foldVietnamese` as the api), then `VACUUM ANALYZE` (the state autovacuum keeps a live database in). Searches count up to 500 matches (`500+` = `totalCapped`). The api (`node apps/api/dist/main.js`, `DEMO_DATA=true TIMER_POLL_MS=0`) starts again on a free port; each query runs 5 times untimed, then up to ' +
      `${results.samples} times or 20 s, one request at a time over keep-alive HTTP; p50/p95 are of the whole request (login excluded). The api, the database and this client share the machine's cores with whatever else runs.`,
    '',
    END,
  );
  return lines.join('\n');
}

export function writeReport(root, results) {
  const file = join(root, 'BENCHMARKS.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const block = render(results);
  const start = previous.indexOf(START);
  const end = previous.indexOf(END);
  const next = start >= 0 && end > start ? previous.slice(0, start) + block + previous.slice(end + END.length) : `${previous.replace(/\s*$/, '')}\n\n${block}\n`;
  writeFileSync(file, next);
}

export function printTable(results) {
  for (const run of results.runs) {
    console.log(`\n${run.title}: ${run.sizes.dossiers} dossiers, ${run.sizes.nominees} nominees, ${run.sizes.tasks} tasks`);
    for (const row of run.rows) console.log(`  ${row.group.padEnd(6)} ${ms(row.p50).padStart(7)} / ${ms(row.p95).padStart(7)} ms  n=${row.n}  total=${row.total}  ${row.label} (${row.as})`);
  }
}
