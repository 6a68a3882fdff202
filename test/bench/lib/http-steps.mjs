/**
 * Section 2: `POST /api/tasks/{id}/complete` over HTTP against a running api.
 *
 * Dossiers are created and submitted first (not timed). Then each client repeatedly takes
 * an open task from a shared pool (the tasks the submit and complete responses reported as
 * opened), completes it as the demo user that may act on it, and goes on with the task
 * that completion opened in the same dossier, so every dossier runs the same five steps
 * as the raw loop. Only the complete call is timed (request sent → response body read).
 */
import { performance } from 'node:perf_hooks';
import { approvingCompletion } from './raw-engine.mjs';
import { machineCpu } from './server.mjs';
import { summarise } from './stats.mjs';

export const DOSSIER_INPUT = { localityCode: 'HN-THANHXUAN', awardTypeCode: 'BK-CT-TINH' };

/** Creates and submits up to `count` dossiers with `concurrency` clients, within `maxMs`. */
export async function prepareDossiers(api, { count, concurrency, maxMs, onProgress, firstIndex = 0 }) {
  const opened = [];
  const began = performance.now();
  let next = 0;
  let done = 0;
  let lastReport = began;
  const worker = async () => {
    while (next < count && performance.now() - began < maxMs) {
      const index = firstIndex + next++;
      const { tasks } = await api.createAndSubmit({ ...DOSSIER_INPUT, index });
      opened.push(...tasks);
      done++;
      if (onProgress && performance.now() - lastReport > 5000) {
        lastReport = performance.now();
        onProgress(done, performance.now() - began);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { tasks: opened, created: done, ms: performance.now() - began };
}

/**
 * Completes tasks from `pool` (mutated: taken tasks leave it, tasks left open go back) with
 * `clients` concurrent clients until `maxSteps` completions were started or `maxMs` passed.
 */
export async function completeTasks(api, pool, { clients, maxSteps, maxMs, server }) {
  const latencies = [];
  const byElement = new Map();
  const errors = new Map();
  let started = 0;
  const carry = [];
  const cpu0 = { server: server?.cpuMs(), bench: process.cpuUsage(), machine: machineCpu() };
  const began = performance.now();

  const client = async () => {
    let mine;
    while (started < maxSteps && performance.now() - began < maxMs) {
      const task = mine ?? pool.shift();
      mine = undefined;
      if (!task) break;
      started++;
      const user = api.actorFor(task);
      await api.token(user); // cached after the first time; never inside the timed call
      const t0 = performance.now();
      const response = await api.request('POST', `/tasks/${task.id}/complete`, { user, body: approvingCompletion(task) });
      const ms = performance.now() - t0;
      if (response.status !== 200) {
        const key = `${response.status} ${response.body?.code ?? ''}`.trim();
        errors.set(key, (errors.get(key) ?? 0) + 1);
        continue;
      }
      latencies.push(ms);
      const perElement = byElement.get(task.elementId) ?? [];
      perElement.push(ms);
      byElement.set(task.elementId, perElement);
      const [following, ...others] = response.body.nextTasks ?? [];
      mine = following;
      pool.unshift(...others);
    }
    if (mine) carry.push(mine);
  };

  await Promise.all(Array.from({ length: clients }, client));
  const wallMs = performance.now() - began;
  pool.unshift(...carry);
  const bench = process.cpuUsage(cpu0.bench);
  const benchCpuMs = (bench.user + bench.system) / 1000;
  const serverCpuMs = server ? server.cpuMs() - cpu0.server : 0;
  const machine = machineCpu();
  const machineBusy = (machine.busy - cpu0.machine.busy) / Math.max(1, machine.total - cpu0.machine.total);
  const machineBusyMs = (machine.busy - cpu0.machine.busy) * 10; // jiffies of 10 ms, all cores
  const summary = summarise(latencies, wallMs);
  return {
    ...summary,
    clients,
    errors: Object.fromEntries(errors),
    // CPU used by neither the api nor this client, in cores: PostgreSQL, the kernel, anything else running.
    otherCores: Math.max(0, machineBusyMs - serverCpuMs - benchCpuMs) / wallMs,
    serverCores: serverCpuMs / wallMs,
    serverCpuMsPerStep: server ? serverCpuMs / Math.max(1, latencies.length) : NaN,
    benchCpuMsPerStep: benchCpuMs / Math.max(1, latencies.length),
    machineBusyPercent: machineBusy * 100, // of all cores
    perElement: Object.fromEntries([...byElement].map(([id, values]) => [id, summarise(values, wallMs)])),
  };
}
