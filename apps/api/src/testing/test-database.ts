import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * Test databases: one migrated, seeded template per test run, copied for every spec file.
 * PGlite: a data folder copied on disk. PostgreSQL (DATABASE_URL set): CREATE DATABASE …
 * TEMPLATE, which copies files server-side and takes milliseconds.
 */
export const TEMPLATE_ENV = 'VD_TEST_TEMPLATE';

export function serverUrl(): string | undefined {
  return process.env['DATABASE_URL'];
}

export function databaseUrlFor(name: string): string {
  const url = new URL(serverUrl() as string);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh copy of the template: a database URL or a PGlite folder, and how to drop it. */
export async function copyTemplate(): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error(`${TEMPLATE_ENV} is not set: run the tests through jest (globalSetup)`);
  if (serverUrl()) {
    const name = `vd_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    return { env: { DATABASE_URL: databaseUrlFor(name) }, drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'vd-test-'));
  cpSync(template, join(dataDir, 'pglite'), { recursive: true });
  return { env: { DATA_DIR: dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}
