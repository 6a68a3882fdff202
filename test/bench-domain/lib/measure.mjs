/** Timed GET requests over HTTP (Node's fetch, keep-alive), one at a time, and their percentiles. */

export async function login(base, username) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  return { Authorization: `Bearer ${(await response.json()).accessToken}` };
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/**
 * Runs `path` as `headers` `warmup` times untimed, then up to `samples` times or `maxMs`,
 * whichever comes first. Every answer must be 200; `total` (and `totalCapped`) are the list's, from the last one.
 */
export async function measure(base, headers, path, { warmup = 5, samples = 100, maxMs = 20_000 } = {}) {
  const get = async () => {
    const response = await fetch(`${base}${path}`, { headers });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${body.slice(0, 300)}`);
    return JSON.parse(body);
  };
  for (let i = 0; i < warmup; i++) await get();
  const times = [];
  let last;
  const started = performance.now();
  while (times.length < samples && performance.now() - started < maxMs) {
    const t0 = performance.now();
    last = await get();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { n: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1], total: last?.total, totalCapped: last?.totalCapped === true };
}
