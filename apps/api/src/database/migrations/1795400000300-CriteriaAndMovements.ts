import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Movements with their criteria and quotas; award types gain their required documents and
 * per-level working-day limits; nominees carry criteria values and what a collective line
 * stands for; communes carry their area class (khu vực I, II, III) for thresholds.
 */
export class CriteriaAndMovements1795400000300 implements MigrationInterface {
  name = 'CriteriaAndMovements1795400000300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "movements" ("id" uuid NOT NULL, "code" character varying(60) NOT NULL, "name" character varying(300) NOT NULL, "locality_id" uuid NOT NULL, "legal_basis" character varying(300), "period_from" date NOT NULL, "period_to" date NOT NULL, "mid_term_review_on" date, "final_review_on" date, "review_basis" character varying(500), "criteria" jsonb NOT NULL DEFAULT '[]', "quotas" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5a8e3da15ab8f2ce353e7f58f67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_233d3d9b97481eb05c04c567a0" ON "movements"  ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_0e0fc871b1c6b054cfbea12f8e" ON "movements"  ("locality_id") `);
    await queryRunner.query(`ALTER TABLE "award_types" ADD "required_documents" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "award_types" ADD "processing_limits" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "nominees" ADD "subject_type" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "nominees" ADD "criteria" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "localities" ADD "area_class" character varying(3)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "localities" DROP COLUMN "area_class"`);
    await queryRunner.query(`ALTER TABLE "nominees" DROP COLUMN "criteria"`);
    await queryRunner.query(`ALTER TABLE "nominees" DROP COLUMN "subject_type"`);
    await queryRunner.query(`ALTER TABLE "award_types" DROP COLUMN "processing_limits"`);
    await queryRunner.query(`ALTER TABLE "award_types" DROP COLUMN "required_documents"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0e0fc871b1c6b054cfbea12f8e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_233d3d9b97481eb05c04c567a0"`);
    await queryRunner.query(`DROP TABLE "movements"`);
  }
}
