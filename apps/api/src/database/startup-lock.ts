import type { DataSource } from 'typeorm';

/** Any 64-bit constant works; this one is "vinhdanh" in ASCII. */
const STARTUP_LOCK_KEY = '8533206093834331496';

/**
 * Runs start-up work (migrations, demo data) under a session advisory lock, so several
 * processes starting at once against one PostgreSQL take turns: the first does the work,
 * the others wait, then find nothing left to do.
 */
export async function withStartupLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  // PGlite has one connection and one process (its data folder is locked): the lock is
  // moot, and holding it on that connection would leave none for the work itself.
  if ('driver' in dataSource.options && dataSource.options.driver) return work();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(${STARTUP_LOCK_KEY})`);
    try {
      return await work();
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(${STARTUP_LOCK_KEY})`);
    }
  } finally {
    await runner.release();
  }
}

export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}
