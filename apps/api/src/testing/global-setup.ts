import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../bootstrap/create-app';
import { adminQuery, databaseUrlFor, serverUrl, TEMPLATE_ENV } from './test-database';
import { testConfig } from './test-config';

/** Builds the template once per run: migrations, demo catalogue and the shipped models. */
export default async function globalSetup(): Promise<void> {
  if (serverUrl()) {
    const name = `vd_template_${process.pid}`;
    await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE "${name}"`);
    await seed({ DATABASE_URL: databaseUrlFor(name) });
    process.env[TEMPLATE_ENV] = name;
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'vd-template-'));
  await seed({ DATA_DIR: dataDir });
  process.env[TEMPLATE_ENV] = join(dataDir, 'pglite');
}

async function seed(env: Record<string, string>): Promise<void> {
  const { app } = await createApp(testConfig({ ...env, DEMO_DATA: 'true' }));
  await app.close();
}
