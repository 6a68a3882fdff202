import { searchTextOf } from '@vinh-danh/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const BATCH = 5000;

/**
 * Hand-written (TypeORM cannot generate trigram indexes): folded search text on dossiers
 * (code + title) and nominees (name + title), kept by the app, with GIN trigram indexes so a
 * substring search ("%khen thuong%") does not read every row. pg_trgm ships with PostgreSQL
 * and is loaded into PGlite by data-source.ts, so this runs on both. Plus the newest-first
 * index the dossier list walks.
 */
export class SearchText1795400000200 implements MigrationInterface {
  name = 'SearchText1795400000200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`ALTER TABLE "dossiers" ADD "search_text" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "nominees" ADD "search_text" text NOT NULL DEFAULT ''`);
    await backfill(queryRunner, 'dossiers', 'code', 'title');
    await backfill(queryRunner, 'nominees', 'full_name', 'title');
    // No default from here on: a write that forgets the column fails instead of hiding a row from search.
    await queryRunner.query(`ALTER TABLE "dossiers" ALTER COLUMN "search_text" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "nominees" ALTER COLUMN "search_text" DROP DEFAULT`);
    await queryRunner.query(`CREATE INDEX "IDX_dossiers_search_text_trgm" ON "dossiers" USING gin ("search_text" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "IDX_nominees_search_text_trgm" ON "nominees" USING gin ("search_text" gin_trgm_ops)`);
    // Lists are newest first: a page of a broad search or filter walks this instead of sorting every match.
    await queryRunner.query(`CREATE INDEX "IDX_dossiers_created_at_id" ON "dossiers" ("created_at", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_dossiers_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_nominees_search_text_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dossiers_search_text_trgm"`);
    await queryRunner.query(`ALTER TABLE "nominees" DROP COLUMN "search_text"`);
    await queryRunner.query(`ALTER TABLE "dossiers" DROP COLUMN "search_text"`);
    // pg_trgm stays: dropping an extension other objects may use is not this migration's call.
  }
}

/** Folds existing rows in batches (in JS, with the very function the app uses on writes). */
async function backfill(queryRunner: QueryRunner, table: 'dossiers' | 'nominees', first: string, second: string): Promise<void> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows: Array<{ id: string; first: string; second: string | null }> = await queryRunner.query(
      `SELECT id, "${first}" AS first, "${second}" AS second FROM "${table}" WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
      [after],
    );
    if (rows.length === 0) return;
    await queryRunner.query(
      `UPDATE "${table}" t SET search_text = v.search_text
       FROM unnest(CAST($1 AS uuid[]), CAST($2 AS text[])) AS v(id, search_text) WHERE t.id = v.id`,
      [rows.map((row) => row.id), rows.map((row) => searchTextOf(row.first, row.second))],
    );
    after = rows[rows.length - 1].id;
  }
}
