import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';

/**
 * TypeORM's insert/update parameter type cannot describe entities with `unknown` JSON
 * (jsonb) properties; the value is still checked against the entity type here.
 */
export function row<T>(entity: T): QueryDeepPartialEntity<T> {
  return entity as QueryDeepPartialEntity<T>;
}
