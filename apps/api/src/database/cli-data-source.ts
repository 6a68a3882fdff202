import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * For the TypeORM CLI only (`migration:generate` against a scratch PostgreSQL):
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/vd_migrations \
 *   npx typeorm migration:generate -d apps/api/dist/database/cli-data-source.js apps/api/src/database/migrations/<Name>
 */
const config = loadConfig();
if (config.database.kind !== 'postgres') throw new Error('Set DATABASE_URL to a scratch PostgreSQL database');

export default new DataSource({ type: 'postgres', url: config.database.url, entities: ENTITIES, migrations: MIGRATIONS });
