import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/**
 * Plain SQL for the statements every task completion runs, made once per entity from
 * TypeORM's own metadata: the same tables, columns, value preparation and hydration (the
 * driver's), without TypeORM's query builders, which build their SQL afresh on every call —
 * about 2 ms of the api's CPU per step in its profile, a tenth of a whole step. Everything
 * else keeps using repositories and query builders. No TypeORM subscriber runs for these
 * statements: not for writes whose subscribers matter (the search text of dossiers' codes
 * and titles and of nominees).
 */

interface SelectShape {
  /** `"t"."id" AS "t0", "t"."instance_id" AS "t1", …` — short result names keep row descriptions small. */
  list: string;
  columns: Array<{ column: ColumnMetadata; name: string }>;
}

const selects = new WeakMap<EntityMetadata, Map<string, SelectShape>>();

function metadataOf(manager: EntityManager, target: EntityTarget<ObjectLiteral>): EntityMetadata {
  return manager.connection.getMetadata(target);
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** The quoted table name of an entity, for hand-written SQL. */
export function tableOf(manager: EntityManager, target: EntityTarget<ObjectLiteral>): string {
  return quote(metadataOf(manager, target).tableName);
}

/**
 * The select list of an entity's columns under `alias` (a table alias of the query), minus
 * `omit` (property names). Pass the same arguments to `hydrate` for each row.
 */
export function selectList(manager: EntityManager, target: EntityTarget<ObjectLiteral>, alias: string, omit: readonly string[] = []): string {
  return selectShape(metadataOf(manager, target), alias, omit).list;
}

/** An entity of `target` from a row selected with `selectList(…, alias, omit)`; omitted properties stay unset. */
export function hydrate<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, row: Record<string, unknown>, alias: string, omit: readonly string[] = []): T {
  const metadata = metadataOf(manager, target);
  const entity = metadata.create() as T;
  const driver = manager.connection.driver;
  for (const { column, name } of selectShape(metadata, alias, omit).columns) {
    column.setEntityValue(entity, driver.prepareHydratedValue(row[name], column));
  }
  return entity;
}

function selectShape(metadata: EntityMetadata, alias: string, omit: readonly string[]): SelectShape {
  let byAlias = selects.get(metadata);
  if (!byAlias) selects.set(metadata, (byAlias = new Map()));
  const key = `${alias}\u0000${omit.join(',')}`;
  let shape = byAlias.get(key);
  if (!shape) {
    const columns = metadata.columns.filter((column) => !omit.includes(column.propertyName)).map((column, i) => ({ column, name: `${alias}${i}` }));
    shape = { columns, list: columns.map(({ column, name }) => `${quote(alias)}.${quote(column.databaseName)} AS ${quote(name)}`).join(', ') };
    byAlias.set(key, shape);
  }
  return shape;
}

/**
 * Inserts entities in one statement. Columns are those any of the entities sets (a column
 * left undefined in one of them gets its DEFAULT); values go through the driver as TypeORM's
 * own insert would prepare them (JSON for jsonb, and so on).
 */
export async function insertEntities<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  entities: ReadonlyArray<Partial<T>>,
  /** What a duplicate does, by property names: skipped, or updated in those columns. */
  onConflict?: { ignore: true } | { keys: ReadonlyArray<keyof T & string>; update: ReadonlyArray<keyof T & string> },
): Promise<void> {
  if (entities.length === 0) return;
  const metadata = metadataOf(manager, target);
  const driver = manager.connection.driver;
  const columns = metadata.columns.filter((column) => entities.some((entity) => column.getEntityValue(entity) !== undefined));
  const parameters: unknown[] = [];
  const tuples = entities.map((entity) => {
    const values = columns.map((column) => {
      const value = column.getEntityValue(entity);
      if (value === undefined) return 'DEFAULT';
      parameters.push(driver.preparePersistentValue(value, column));
      return `$${parameters.length}`;
    });
    return `(${values.join(', ')})`;
  });
  const insert = `INSERT INTO ${quote(metadata.tableName)} (${columns.map((column) => quote(column.databaseName)).join(', ')}) VALUES ${tuples.join(', ')}`;
  await manager.query(`${insert}${conflictClause(metadata, onConflict)}`, parameters);
}

function conflictClause(metadata: EntityMetadata, onConflict: { ignore: true } | { keys: readonly string[]; update: readonly string[] } | undefined): string {
  if (!onConflict) return '';
  if ('ignore' in onConflict) return ' ON CONFLICT DO NOTHING';
  const name = (property: string) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column for ${property}`);
    return quote(column.databaseName);
  };
  const updates = onConflict.update.map((property) => `${name(property)} = EXCLUDED.${name(property)}`);
  return ` ON CONFLICT (${onConflict.keys.map(name).join(', ')}) DO UPDATE SET ${updates.join(', ')}`;
}

/**
 * `UPDATE table SET … WHERE <where>` for the given properties of an entity, inside the
 * transaction of `manager`; `where` uses `$1…$n` for `whereParameters`, and the SET values
 * follow them. Returns the number of rows updated.
 */
export async function updateEntity<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  values: Partial<T>,
  where: string,
  whereParameters: readonly unknown[],
): Promise<number> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('updateEntity runs inside a transaction');
  const metadata = metadataOf(manager, target);
  const driver = manager.connection.driver;
  const parameters = [...whereParameters];
  const assignments = Object.keys(values).map((property) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column for ${property}`);
    parameters.push(driver.preparePersistentValue(values[property], column));
    return `${quote(column.databaseName)} = $${parameters.length}`;
  });
  // The structured result carries the row count on PostgreSQL and on PGlite alike.
  const result = await runner.query(`UPDATE ${quote(metadata.tableName)} SET ${assignments.join(', ')} WHERE ${where}`, parameters, true);
  return result.affected ?? 0;
}
