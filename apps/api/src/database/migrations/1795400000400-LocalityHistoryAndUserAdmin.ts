import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Localities keep figures about themselves (`facts`) and are found by their successor
 * (a merged unit lists its predecessors); users can be disabled without being deleted.
 */
export class LocalityHistoryAndUserAdmin1795400000400 implements MigrationInterface {
  name = 'LocalityHistoryAndUserAdmin1795400000400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "localities" ADD "facts" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`CREATE INDEX "IDX_6be1b41e7f94c98275d10328fc" ON "localities"  ("successor_id") `);
    await queryRunner.query(`ALTER TABLE "users" ADD "is_active" boolean NOT NULL DEFAULT true`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "is_active"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6be1b41e7f94c98275d10328fc"`);
    await queryRunner.query(`ALTER TABLE "localities" DROP COLUMN "facts"`);
  }
}
