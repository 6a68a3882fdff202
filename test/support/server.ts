import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { FatalWaitError, waitFor } from './wait';

export const WORKSPACE_ROOT = resolve(__dirname, '..', '..');
export const SERVER_ENTRY = join(WORKSPACE_ROOT, 'apps', 'api', 'dist', 'main.js');

/** One JWT secret for every process of a test, so a token works on all of them and across restarts. */
export const TEST_JWT_SECRET = 'e2e-only-secret-0123456789-abcdefghijklmnopqrstuvwxyz';

export interface ServerOptions {
  /** Where the product keeps its data: `DATA_DIR` or `DATABASE_URL` (see storage.ts). */
  storageEnv: Record<string, string>;
  /** More environment for the server, e.g. `TIMER_POLL_MS`. */
  env?: Record<string, string>;
  /** How long to wait for /api/health after the spawn. */
  startTimeoutMs?: number;
  name?: string;
}

/** A running `node apps/api/dist/main.js`, as an operator would start it. */
export interface RunningServer {
  readonly name: string;
  readonly baseUrl: string;
  readonly pid: number;
  /** Everything the process printed so far (stdout and stderr, interleaved). */
  output(): string;
  /** SIGTERM and wait for the exit (SIGKILL after a grace period). */
  stop(): Promise<void>;
  /** `kill -9`: no shutdown hook runs, nothing is flushed by the process. */
  kill9(): Promise<void>;
}

/** Servers still running when the test process exits (a crashed or interrupted run) are killed with it. */
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export function assertBuilt(): void {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(`${SERVER_ENTRY} is missing: build the api first (npx nx run api:build)`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** The child's environment: ours without anything that would point it at another database or runtime. */
function childEnv(options: ServerOptions, port: number): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  for (const key of ['DATABASE_URL', 'DATA_DIR', 'PORT', 'HOST', 'NODE_OPTIONS', 'JEST_WORKER_ID', 'TIMER_POLL_MS', 'DEMO_DATA', 'LOG_LEVEL']) {
    delete inherited[key];
  }
  return {
    ...inherited,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'log',
    // The renderer's warm-up draws an 80-nominee sample in the background (≈ 1.5 s of CPU):
    // a test that needs it turns it on through options.env.
    DOCUMENTS_WARM_UP: 'false',
    ...options.storageEnv,
    ...options.env,
  };
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  assertBuilt();
  const port = await freePort();
  const name = options.name ?? `api:${port}`;
  const child = spawn(process.execPath, [SERVER_ENTRY], { cwd: WORKSPACE_ROOT, env: childEnv(options, port), stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: string[] = [];
  const keep = (data: Buffer) => {
    chunks.push(data.toString('utf8'));
    if (chunks.length > 2000) chunks.splice(0, chunks.length - 2000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  live.add(child);
  const exited = new Promise<number | string>((resolveExit) =>
    child.once('exit', (code, signal) => {
      live.delete(child);
      resolveExit(code ?? signal ?? 'unknown');
    }),
  );
  let exitStatus: number | string | undefined;
  void exited.then((status) => (exitStatus = status));

  const baseUrl = `http://127.0.0.1:${port}`;
  const server: RunningServer = {
    name,
    baseUrl,
    pid: child.pid ?? -1,
    output: () => chunks.join(''),
    stop: () => terminate(child, exited, 'SIGTERM'),
    kill9: () => terminate(child, exited, 'SIGKILL'),
  };
  try {
    await waitFor(
      `${name} to answer /api/health`,
      async () => {
        if (exitStatus !== undefined) throw new FatalWaitError(`${name} exited (${exitStatus}) before it was healthy:\n${tail(server.output())}`);
        const response = await fetch(`${baseUrl}/api/health`).catch(() => undefined);
        return response?.status === 200 ? true : undefined;
      },
      { timeoutMs: options.startTimeoutMs ?? 90_000, intervalMs: 100 },
    );
  } catch (error) {
    await server.kill9();
    if (error instanceof FatalWaitError) throw error;
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${tail(server.output())}`);
  }
  return server;
}

async function terminate(child: ChildProcess, exited: Promise<unknown>, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  const grace = setTimeout(() => child.kill('SIGKILL'), 20_000);
  try {
    await exited;
  } finally {
    clearTimeout(grace);
  }
}

export function tail(text: string, lines = 40): string {
  return text.split('\n').slice(-lines).join('\n');
}
