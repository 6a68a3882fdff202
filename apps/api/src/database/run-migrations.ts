import type { DataSource } from 'typeorm';

/** Any 64-bit constant works; this one is "vinhdanh" in ASCII. */
const MIGRATION_LOCK_KEY = '8533206093834331496';

/**
 * Runs pending migrations under a session advisory lock, so several processes starting at
 * once against one PostgreSQL do not race; the others wait, then find nothing to do.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  // PGlite has one connection and one process: the lock is moot, and holding it on that
  // connection would leave none for the migrations themselves.
  if ('driver' in dataSource.options && dataSource.options.driver) return runMigrations(dataSource);
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    try {
      return await runMigrations(dataSource);
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
    }
  } finally {
    await runner.release();
  }
}

async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}
