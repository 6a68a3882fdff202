/**
 * Summarises a V8 .cpuprofile (node --cpu-prof) over given time windows: where the api's
 * CPU went while the complete calls were timed. Profile timestamps and
 * process.hrtime.bigint() both read CLOCK_MONOTONIC, so windows taken here line up.
 */
import { readFileSync } from 'node:fs';

const GROUPS = [
  ['bpmn engine (bpmn-engine, bpmn-elements, smqp)', /node_modules\/(bpmn-engine|bpmn-elements|smqp|moddle-context-serializer)\//],
  ['libs/engine (runtime, FEEL)', /\/libs\/engine\/|node_modules\/(feelin|lezer|@lezer)/],
  ['TypeORM', /node_modules\/typeorm\//],
  ['pg driver', /node_modules\/(pg|pg-protocol|pg-types|pg-pool|postgres-[a-z]+)\//],
  ['PGlite JS (wire protocol, result parsing)', /node_modules\/(@electric-sql|typeorm-pglite)\//],
  ['Nest + express + validation', /node_modules\/(@nestjs|express|router|body-parser|class-validator|class-transformer|raw-body|finalhandler|send|on-finished)\//],
  ['auth (jsonwebtoken)', /node_modules\/(jsonwebtoken|jws|jwa)\//],
  ['apps/api', /\/apps\/api\/dist\//],
  ['debug (loggers made per engine)', /node_modules\/debug\//],
];

function groupOf(url) {
  if (url.startsWith('wasm://')) return 'PGlite (PostgreSQL in WebAssembly, in the api process)';
  for (const [name, pattern] of GROUPS) if (pattern.test(url)) return name;
  if (url.startsWith('node:') || !url) return null;
  return 'other JS';
}

/**
 * For every sample inside the windows: the innermost frame decides "self" time by group,
 * except that the outermost matching group of the stack is used for "inclusive" time.
 */
export function summariseProfile(file, windows) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inWindow = (t) => windows.some(([from, to]) => t >= from && t <= to);
  const self = new Map();
  const inclusive = new Map();
  const functions = new Map();
  let total = 0;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    const delta = profile.timeDeltas[i + 1] ?? 0;
    if (!inWindow(t)) continue;
    total += delta;
    const leaf = nodes.get(profile.samples[i]);
    const leafName = leaf.callFrame.functionName;
    let selfGroup = groupOf(leaf.callFrame.url);
    if (['(idle)', '(garbage collector)', '(program)'].includes(leafName)) selfGroup = leafName;
    else if (!selfGroup) selfGroup = `node internals (${leaf.callFrame.url.split('/').slice(0, 2).join('/') || leafName || 'native'})`;
    self.set(selfGroup, (self.get(selfGroup) ?? 0) + delta);
    const where = leaf.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(apps|libs)\//, '$1/');
    const fn = `${leafName || '(anonymous)'} ${where}:${leaf.callFrame.lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + delta);
    const seen = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const group = groupOf(nodes.get(id).callFrame.url);
      if (group && !seen.has(group)) {
        seen.add(group);
        inclusive.set(group, (inclusive.get(group) ?? 0) + delta);
      }
    }
  }
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]).map(([name, us]) => ({ name, ms: us / 1000, percent: total ? (100 * us) / total : 0 }));
  return { totalMs: total / 1000, self: sorted(self), inclusive: sorted(inclusive), functions: sorted(functions).slice(0, 25) };
}
