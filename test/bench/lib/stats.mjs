/** Small numeric helpers for the benchmark: percentiles, rates, formatting. */

/** Nearest-rank percentile of an unsorted sample (p in 0..100). */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function mean(values) {
  if (values.length === 0) return NaN;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

export function summarise(latenciesMs, wallMs) {
  return {
    steps: latenciesMs.length,
    wallMs,
    stepsPerSecond: wallMs > 0 ? (latenciesMs.length * 1000) / wallMs : NaN,
    meanMs: mean(latenciesMs),
    p50Ms: percentile(latenciesMs, 50),
    p95Ms: percentile(latenciesMs, 95),
    maxMs: latenciesMs.length ? Math.max(...latenciesMs) : NaN,
  };
}

export function fmt(value, digits = 1) {
  if (value === undefined || value === null || Number.isNaN(value)) return '–';
  return value.toFixed(digits);
}

export function fmtInt(value) {
  if (value === undefined || value === null || Number.isNaN(value)) return '–';
  return Math.round(value).toLocaleString('en-US');
}

export function mib(kib) {
  return kib / 1024;
}

/** A plain-text or markdown table from a header row and string rows. */
export function table(header, rows, { markdown = false } = {}) {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => String(row[i]).length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join(markdown ? ' | ' : '  ');
  if (markdown) {
    const sep = widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(Math.max(1, w - 1))}:`));
    return [`| ${line(header)} |`, `| ${sep.join(' | ')} |`, ...rows.map((row) => `| ${line(row)} |`)].join('\n');
  }
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
