import { mkdirSync } from 'node:fs';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES, SUBSCRIBERS } from './entities';
import { MIGRATIONS } from './migrations';
import { lockDataFolder } from './pglite/data-folder-lock';
import { pgliteDriverModule } from './pglite/serialized-pglite-pool';
import { pgWithNamedStatements } from './postgres/named-statements';

/**
 * One dialect everywhere: PostgreSQL when DATABASE_URL is set, otherwise PGlite (PostgreSQL
 * compiled to WebAssembly) in a folder under DATA_DIR. Schema changes only by migrations.
 */
export async function createDataSource(database: AppConfig['database']): Promise<DataSource> {
  const common = { entities: ENTITIES, subscribers: SUBSCRIBERS, migrations: MIGRATIONS, synchronize: false, migrationsRun: false, logging: false } as const;
  if (database.kind === 'postgres') {
    return new DataSource({ ...common, type: 'postgres', driver: pgWithNamedStatements(), url: database.url, poolSize: 10, applicationName: 'vinh-danh' });
  }
  mkdirSync(database.dataDir, { recursive: true });
  const unlock = lockDataFolder(database.dataDir);
  // PGlite is ESM; load it at run time so the CommonJS build keeps working.
  const { PGlite, protocol, parse } = await import('@electric-sql/pglite');
  // pg_trgm backs the search indexes; PGlite ships it as a loadable extension.
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const db = await PGlite.create(database.dataDir, { extensions: { pg_trgm } });
  return new DataSource({ ...common, type: 'postgres', driver: pgliteDriverModule(db, { serialize: protocol.serialize, parseResults: parse.parseResults }, unlock) });
}
