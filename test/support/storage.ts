import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';

/**
 * Where a spawned server keeps its data: an empty temporary PGlite data folder, or, when
 * DATABASE_URL is set for the test run, a fresh database on that PostgreSQL server
 * (created here, dropped afterwards; the database named in DATABASE_URL is never touched).
 */
export interface Storage {
  readonly kind: 'pglite' | 'postgres';
  /** The environment that points a server at this storage. */
  readonly env: Record<string, string>;
  /** A readable name for messages. */
  readonly label: string;
  /**
   * Runs SQL directly on the product's database, as an operator would. On PGlite the data
   * folder has one owner at a time: call this only while no server runs on it.
   */
  query<Row extends object>(sql: string, params?: unknown[]): Promise<Row[]>;
  drop(): Promise<void>;
}

export function usingPostgres(): boolean {
  return Boolean(process.env['DATABASE_URL']);
}

export async function createStorage(): Promise<Storage> {
  return usingPostgres() ? createPostgresDatabase(process.env['DATABASE_URL'] as string) : createPgliteFolder();
}

function createPgliteFolder(): Storage {
  const dataDir = mkdtempSync(join(tmpdir(), 'vd-e2e-'));
  const folder = join(dataDir, 'pglite');
  return {
    kind: 'pglite',
    env: { DATA_DIR: dataDir },
    label: folder,
    async query<Row extends object>(sql: string, params: unknown[] = []): Promise<Row[]> {
      const db = new PGlite(folder);
      try {
        await db.waitReady;
        return (await db.query<Row>(sql, params)).rows;
      } finally {
        await db.close();
      }
    },
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createPostgresDatabase(serverUrl: string): Promise<Storage> {
  const name = `vd_e2e_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    kind: 'postgres',
    env: { DATABASE_URL: databaseUrl },
    label: `PostgreSQL database ${name}`,
    async query<Row extends object>(sql: string, params: unknown[] = []): Promise<Row[]> {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows as Row[];
      } finally {
        await client.end();
      }
    },
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
