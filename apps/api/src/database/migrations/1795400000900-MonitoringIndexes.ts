import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The supervisors' bottleneck view counts the tasks a subtree completed in a window:
 * `locality_id = ANY(subtree) AND completed_at >= … AND completed_at < …` reads this index
 * as one range per unit instead of every completed task of the units. Open tasks already
 * have (status, locality_id, candidate_role).
 */
export class MonitoringIndexes1795400000900 implements MigrationInterface {
  name = 'MonitoringIndexes1795400000900';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_tasks_locality_completed_at" ON "tasks" ("locality_id", "completed_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_tasks_locality_completed_at"`);
  }
}
