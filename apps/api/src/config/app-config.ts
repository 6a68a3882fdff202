import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The one place that reads `process.env`. Everything else receives the typed `AppConfig`
 * through Nest's injector, so a wrong setting fails at start with a readable message.
 */
const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().url().optional(),
  JWT_SECRET: z.string().min(32, 'JWT_SECRET phải dài ít nhất 32 ký tự').optional(),
  JWT_TTL_SECONDS: z.coerce.number().int().positive().default(8 * 3600),
  DEMO_DATA: booleanFromEnv.default(true),
  TIMER_POLL_MS: z.coerce.number().int().min(0).default(1000), // 0 turns the scheduler off
  TIMER_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(20),
  // Live engines kept between steps; each costs ≈4 MB of heap on the shipped chains (BENCHMARKS.md).
  INSTANCE_CACHE_SIZE: z.coerce.number().int().min(0).max(10000).default(32),
  JSON_BODY_LIMIT: z.string().default('3mb'),
  BPMN_MAX_BYTES: z.coerce.number().int().positive().default(2 * 1024 * 1024),
  // Dossier attachments and XLSX imports: largest accepted file, and where files are kept
  // (default <DATA_DIR>/attachments; with several processes, a folder they all share).
  ATTACHMENT_MAX_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
  ATTACHMENTS_DIR: z.string().min(1).optional(),
  // Issued documents (PDFs never re-rendered once issued): default <DATA_DIR>/documents, shared like ATTACHMENTS_DIR.
  DOCUMENTS_DIR: z.string().min(1).optional(),
  // false: papers are issued at the first read of the dossier's documents instead of right
  // after the step (the step benchmark measures steps, not PDF drawing).
  DOCUMENTS_ISSUE_AFTER_STEPS: booleanFromEnv.default(true),
  // Draw a small sample once after start so the first real paper finds the renderer warm.
  DOCUMENTS_WARM_UP: booleanFromEnv.default(true),
  // Worker threads drawing PDFs, so a large bundle does not stall other requests; 0 draws on the main thread.
  DOCUMENTS_RENDER_THREADS: z.coerce.number().int().min(0).max(16).default(1),
  PROCESSES_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug']).default('log'),
});

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  http: { host: string; port: number; jsonBodyLimit: string };
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  dataDir: string;
  auth: { jwtSecret: string; tokenTtlSeconds: number; allowDemoPasswords: boolean };
  demoData: boolean;
  timers: { pollMs: number; batchSize: number };
  engine: { instanceCacheSize: number; bpmnMaxBytes: number };
  attachments: { dir: string; maxBytes: number };
  documents: { dir: string; issueAfterSteps: boolean; warmUp: boolean; renderThreads: number };
  processesDir: string;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Cấu hình không hợp lệ / invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  if (e.NODE_ENV === 'production' && !e.JWT_SECRET) {
    throw new ConfigError('JWT_SECRET is required when NODE_ENV=production');
  }
  return {
    env: e.NODE_ENV,
    http: { host: e.HOST, port: e.PORT, jsonBodyLimit: e.JSON_BODY_LIMIT },
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'pglite', dataDir: join(dataDir, 'pglite') },
    dataDir,
    auth: {
      jwtSecret: e.JWT_SECRET ?? localDevelopmentSecret(dataDir),
      tokenTtlSeconds: e.JWT_TTL_SECONDS,
      allowDemoPasswords: e.NODE_ENV !== 'production',
    },
    demoData: e.DEMO_DATA,
    timers: { pollMs: e.TIMER_POLL_MS, batchSize: e.TIMER_BATCH_SIZE },
    engine: { instanceCacheSize: e.INSTANCE_CACHE_SIZE, bpmnMaxBytes: e.BPMN_MAX_BYTES },
    attachments: { dir: resolve(e.ATTACHMENTS_DIR ?? join(dataDir, 'attachments')), maxBytes: e.ATTACHMENT_MAX_BYTES },
    documents: { dir: resolve(e.DOCUMENTS_DIR ?? join(dataDir, 'documents')), issueAfterSteps: e.DOCUMENTS_ISSUE_AFTER_STEPS, warmUp: e.DOCUMENTS_WARM_UP, renderThreads: e.DOCUMENTS_RENDER_THREADS },
    processesDir: resolve(e.PROCESSES_DIR ?? join(__dirname, '..', '..', '..', '..', 'processes')),
    logLevel: e.LOG_LEVEL,
  };
}

/**
 * Outside production a secret is generated once and kept in the data folder, so tokens
 * survive a restart of a single local process. Several processes must share JWT_SECRET.
 */
function localDevelopmentSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
