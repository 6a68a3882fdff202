/**
 * Section 1: the engine alone, no database, no HTTP, in this process.
 *
 * - runtime loop: what the stateless api does per step with libs/engine: state JSON →
 *   JSON.parse → completeTask (fresh engine on the shared source context, recover, resume,
 *   signal, run to the next wait, getState) → JSON.stringify.
 * - plain loop: bare bpmn-engine the way ENGINE-NOTES measured it: getState → JSON →
 *   stop → new Engine → recover (the state embeds the model) → resume → signal.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { mean, summarise } from './stats.mjs';

const require = createRequire(import.meta.url);
const { createProcessRuntime } = require('@vinh-danh/engine');
const { Engine } = require('bpmn-engine');

/** The path a province-level award takes through the two-tier chain, as the api drives it. */
export const TWO_TIER_PATH = ['commune_council', 'commune_forward', 'province_appraise', 'province_council', 'province_decide'];

/** What a cooperative office sends at each step (same choice as apps/api's chain driver). */
export function approvingCompletion(task) {
  if (task.formKey === 'vd:council-vote') return { outcome: 'record', data: { members: 10, present: 10, votesFor: 10 } };
  const preferred = ['approve', 'forward', 'decide', 'submit', 'resubmit', 'record'].find((outcome) => task.outcomes.includes(outcome));
  if (!preferred) throw new Error(`No approving outcome for ${task.elementId}: ${task.outcomes.join(',')}`);
  return { outcome: preferred };
}

function startVariables(i) {
  const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  return {
    businessKey: id,
    variables: {
      dossierId: id,
      dossierCode: `HS-BENCH-${i}`,
      awardTypeCode: 'BK-CT-TINH',
      grantingLevel: 'province',
      councilThresholdPercent: 80,
      nomineeCount: 2,
      originLevel: 'commune',
    },
  };
}

/**
 * Runs whole instances through the two-tier chain until `maxSteps` or `maxMs` (after warm-up).
 * With `warm`, the runtime keeps the live engine of each stored step (`warmInstances`,
 * `keepWarm`) and the next step uses it instead of recovering the state, as the api does
 * for an instance it stepped recently; the state is still serialised and parsed per step.
 */
export async function runtimeLoop({ xmlPath, warmupInstances, maxSteps, maxMs, warm = false }) {
  const runtime = createProcessRuntime(warm ? { warmInstances: 16 } : {});
  const definition = await runtime.compile(readFileSync(xmlPath, 'utf8'));
  const latencies = [];
  const starts = [];
  const stateBytes = [];
  const byElement = new Map();
  const cpu = new CpuMeter();
  let instance = 0;

  const runInstance = async (record) => {
    const t0 = performance.now();
    const input = startVariables(instance++);
    let version = 1;
    let result = await runtime.start(definition, input);
    let json = JSON.stringify(result.state);
    if (warm) runtime.keepWarm(result, { key: input.businessKey, version });
    if (record) starts.push(performance.now() - t0);
    const visited = [];
    while (result.waitingTasks.length > 0) {
      const task = result.waitingTasks[0];
      visited.push(task.elementId);
      if (record) stateBytes.push(Buffer.byteLength(json));
      const completion = { executionId: task.executionId, ...approvingCompletion(task), actor: 'bench' };
      if (record) cpu.begin();
      const s0 = performance.now();
      const state = JSON.parse(json);
      result = await runtime.completeTask(definition, state, completion, warm ? { warm: { key: input.businessKey, version } } : {});
      json = JSON.stringify(result.state);
      if (warm) runtime.keepWarm(result, { key: input.businessKey, version: ++version });
      if (record) {
        const ms = performance.now() - s0;
        cpu.end();
        latencies.push(ms);
        byElement.set(task.elementId, [...(byElement.get(task.elementId) ?? []), ms]);
      }
    }
    checkPath(warm ? 'warm runtime loop' : 'runtime loop', visited, result.status === 'completed' ? result.ended?.elementId : result.status);
  };

  for (let i = 0; i < warmupInstances; i++) await runInstance(false);
  const began = performance.now();
  while (latencies.length < maxSteps && performance.now() - began < maxMs) await runInstance(true);
  const wallMs = performance.now() - began;
  return {
    ...stepSummary(latencies, wallMs),
    cpuMsPerStep: cpu.msPerStep,
    perElement: Object.fromEntries([...byElement].map(([id, values]) => [id, summarise(values, wallMs)])),
    instances: starts.length,
    startMs: mean(starts),
    stateBytesMean: mean(stateBytes),
    stateBytesMax: Math.max(...stateBytes),
  };
}

/**
 * Steps/s of a raw loop counts the timed steps only (1000 / mean step time): starting each
 * instance is not a step, just as the HTTP rows do not count the submits made beforehand.
 */
function stepSummary(latencies, wallMs) {
  const summary = summarise(latencies, wallMs);
  return { ...summary, stepsPerSecond: 1000 / summary.meanMs };
}

/** Process CPU time (all threads: the main thread and V8's GC helpers) spent inside timed steps. */
class CpuMeter {
  totalUs = 0;
  steps = 0;
  begin() {
    this.mark = process.cpuUsage();
  }
  end() {
    const used = process.cpuUsage(this.mark);
    this.totalUs += used.user + used.system;
    this.steps++;
  }
  get msPerStep() {
    return this.totalUs / 1000 / Math.max(1, this.steps);
  }
}

function checkPath(label, visited, end) {
  if (visited.join() !== TWO_TIER_PATH.join() || end !== 'province_awarded') {
    throw new Error(`${label}: unexpected path ${visited.join(' → ')} → ${end}`);
  }
}

/**
 * The bare engine needs two pieces of code to run our model at all: an expression handler
 * for the `${a == "b"}` conditions (bpmn-elements' default has no operators) and an
 * extension that copies a user task's signal into `outcome` / `data`. Both are the
 * smallest that work; the expressions are our own shipped model, compiled once each.
 */
const compiledExpressions = new Map();
const plainExpressions = {
  resolveExpression(templated, context) {
    if (typeof templated !== 'string') return templated;
    const match = /^\$\{([\s\S]+)\}$/.exec(templated.trim());
    if (!match) return templated;
    let fn = compiledExpressions.get(match[1]);
    if (!fn) {
      fn = new Function('scope', `with (scope) { return (${match[1]}); }`);
      compiledExpressions.set(match[1], fn);
    }
    const environment = context?.environment;
    return fn({ ...(environment?.variables ?? {}), environment, content: context?.content });
  },
  isExpression: (text) => typeof text === 'string' && /^\$\{[\s\S]+\}$/.test(text.trim()),
  hasExpression: (text) => typeof text === 'string' && text.includes('${'),
};

const plainExtensions = {
  completion(activity) {
    if (activity.type !== 'bpmn:UserTask') return undefined;
    const consumerTag = '_bench-completion';
    return {
      activate() {
        activity.broker.cancel(consumerTag);
        activity.broker.subscribeTmp(
          'event',
          'activity.execution.completed',
          (_routingKey, message) => {
            const output = message.content.output;
            if (output && typeof output.outcome === 'string') activity.environment.assignVariables({ outcome: output.outcome, data: output.data ?? {} });
          },
          { noAck: true, consumerTag },
        );
      },
      deactivate() {
        activity.broker.cancel(consumerTag);
      },
    };
  },
};

function plainEngine(options) {
  const engine = new Engine({ ...options, expressions: plainExpressions, extensions: plainExtensions });
  let endedAt;
  engine.broker.subscribeTmp('event', 'activity.end', (_key, message) => {
    if (message.content.type === 'bpmn:EndEvent') endedAt = message.content.id;
  }, { noAck: true });
  return { engine, ended: () => endedAt };
}

function waitingUserTasks(engine) {
  return (engine.execution?.getPostponed() ?? []).filter((api) => api.type === 'bpmn:UserTask');
}

/** Bare bpmn-engine, one fresh Engine per step, state with the embedded model, as ENGINE-NOTES. */
export async function plainLoop({ xmlPath, specs, warmupInstances, maxSteps, maxMs }) {
  const xml = readFileSync(xmlPath, 'utf8');
  const latencies = [];
  const phases = { getStateJson: [], stop: [], newEngineRecover: [], resume: [], signal: [] };
  const stateBytes = [];
  const cpu = new CpuMeter();
  let instance = 0;

  const runInstance = async (record) => {
    const { variables, businessKey } = startVariables(instance++);
    let current = plainEngine({ name: businessKey, source: xml });
    await current.engine.execute({ variables: { ...variables, businessKey } });
    const visited = [];
    let waiting = waitingUserTasks(current.engine);
    while (waiting.length > 0) {
      const task = waiting[0];
      visited.push(task.id);
      const completion = approvingCompletion(specs.get(task.id));
      if (record) cpu.begin();
      const t0 = performance.now();
      const json = JSON.stringify(await current.engine.getState());
      const t1 = performance.now();
      current.engine.stop();
      const t2 = performance.now();
      const next = plainEngine({ name: businessKey });
      next.engine.recover(JSON.parse(json));
      const t3 = performance.now();
      await next.engine.resume();
      const t4 = performance.now();
      const target = waitingUserTasks(next.engine).find((api) => api.id === task.id);
      if (!target) throw new Error(`plain loop: ${task.id} not waiting after recover`);
      target.signal({ outcome: completion.outcome, data: completion.data ?? {} });
      waiting = waitingUserTasks(next.engine);
      const t5 = performance.now();
      current = next;
      if (record) {
        cpu.end();
        latencies.push(t5 - t0);
        stateBytes.push(Buffer.byteLength(json));
        phases.getStateJson.push(t1 - t0);
        phases.stop.push(t2 - t1);
        phases.newEngineRecover.push(t3 - t2);
        phases.resume.push(t4 - t3);
        phases.signal.push(t5 - t4);
      }
    }
    checkPath('plain loop', visited, current.ended());
    current.engine.stop();
  };

  for (let i = 0; i < warmupInstances; i++) await runInstance(false);
  const began = performance.now();
  while (latencies.length < maxSteps && performance.now() - began < maxMs) await runInstance(true);
  return {
    ...stepSummary(latencies, performance.now() - began),
    cpuMsPerStep: cpu.msPerStep,
    phasesMs: Object.fromEntries(Object.entries(phases).map(([name, values]) => [name, mean(values)])),
    stateBytesMean: mean(stateBytes),
    stateBytesMax: Math.max(...stateBytes),
  };
}

/** The user task specs of the model, for choosing outcomes in the plain loop. */
export async function userTaskSpecs(xmlPath) {
  const definition = await createProcessRuntime().compile(readFileSync(xmlPath, 'utf8'));
  return new Map(definition.userTasks.map((spec) => [spec.elementId, spec]));
}
