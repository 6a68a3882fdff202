import { searchTextOf } from '@vinh-danh/domain';
import { EventSubscriber, type EntitySubscriberInterface, type InsertEvent, type UpdateEvent } from 'typeorm';
import { DossierEntity } from '../entities/dossier.entity';
import { NomineeEntity } from '../entities/nominee.entity';

type Row = Record<string, unknown>;

/** Which fields each searchable entity folds into its `searchText`, in order. */
const SOURCES = new Map<unknown, readonly string[]>([
  [DossierEntity, ['code', 'title']],
  [NomineeEntity, ['fullName', 'title']],
]);

/**
 * Keeps `search_text` right on every TypeORM write of a dossier or nominee, whichever feature
 * writes it (create, XLSX import, edits), so no code path can leave a row unfindable. Raw SQL
 * writes must set it themselves (the column has no default, so forgetting fails loudly).
 */
@EventSubscriber()
export class SearchTextSubscriber implements EntitySubscriberInterface {
  beforeInsert(event: InsertEvent<Row>): void {
    const fields = SOURCES.get(event.metadata.target);
    if (!fields || !event.entity) return;
    event.entity['searchText'] = searchTextOf(...fields.map((field) => text(event.entity[field])));
  }

  beforeUpdate(event: UpdateEvent<Row>): void {
    const fields = SOURCES.get(event.metadata.target);
    const changes = event.entity as Row | undefined;
    if (!fields || !changes || !fields.some((field) => field in changes)) return;
    // A partial update (`update(id, { title })`) carries only what changed; the rest comes
    // from the loaded row when TypeORM has it (save), otherwise the caller must send all fields.
    const values = fields.map((field) => (field in changes ? changes[field] : event.databaseEntity?.[field as keyof typeof event.databaseEntity]));
    const missing = fields.filter((field, i) => values[i] === undefined && !(field in changes));
    if (missing.length > 0) throw new Error(`An update of ${event.metadata.tableName} must also set ${missing.join(', ')} to keep search_text right`);
    changes['searchText'] = searchTextOf(...values.map(text));
  }
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
