import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each nominee's own outcome at every level (nominee_outcomes: approved, dropped with a
 * reason, lifted to a higher award; one row per line and level, a CHECK keeps a drop's reason
 * and a lift's award), the council's vote on each line (nominee_votes, for the minutes), and
 * the links of a follow-up dossier to the dossier and lines it was lifted from. Outcomes and
 * votes go with their line (cascade); a follow-up outlives nothing it points to (set null).
 */
export class NomineeOutcomes1795400000600 implements MigrationInterface {
  name = 'NomineeOutcomes1795400000600';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "nominee_outcomes" ("id" uuid NOT NULL, "dossier_id" uuid NOT NULL, "nominee_id" uuid NOT NULL, "level" character varying(20) NOT NULL, "status" character varying(20) NOT NULL, "reason" text, "lifted_to_award_code" character varying(50), "task_id" uuid, "decided_by" uuid NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_nominee_outcomes_status" CHECK (("status" = 'approved') OR ("status" = 'dropped' AND "reason" IS NOT NULL) OR ("status" = 'lifted' AND "lifted_to_award_code" IS NOT NULL)), CONSTRAINT "PK_b4b156bc7a5768a8987481c2b25" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_40c5c8eb45a95c0f00fae3dcfb" ON "nominee_outcomes"  ("dossier_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d68584a960b0374cc50fd50e4b" ON "nominee_outcomes"  ("nominee_id", "level") `);
    await queryRunner.query(
      `CREATE TABLE "nominee_votes" ("id" uuid NOT NULL, "dossier_id" uuid NOT NULL, "nominee_id" uuid NOT NULL, "level" character varying(20) NOT NULL, "task_id" uuid, "members" integer NOT NULL, "present" integer NOT NULL, "votes_for" integer NOT NULL, "threshold_percent" integer NOT NULL, "passed" boolean NOT NULL, "by_nominee" boolean NOT NULL, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_dcfb9f8feed7ec22a942f8038b8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1f32dea518aaf1a6dafad0485b" ON "nominee_votes"  ("dossier_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8207130ae5c7066767afa78902" ON "nominee_votes"  ("nominee_id", "level") `);
    await queryRunner.query(`ALTER TABLE "nominees" ADD "origin_nominee_id" uuid`);
    await queryRunner.query(`ALTER TABLE "dossiers" ADD "origin_dossier_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_b6d5fbffcca6499ccb880fdf0e" ON "dossiers"  ("origin_dossier_id") `);
    await queryRunner.query(
      `ALTER TABLE "nominees" ADD CONSTRAINT "FK_0cf53451e570ce59f20921d9dd8" FOREIGN KEY ("origin_nominee_id") REFERENCES "nominees"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dossiers" ADD CONSTRAINT "FK_b6d5fbffcca6499ccb880fdf0e4" FOREIGN KEY ("origin_dossier_id") REFERENCES "dossiers"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominee_outcomes" ADD CONSTRAINT "FK_f454a9a90837a31444bb09fdc23" FOREIGN KEY ("nominee_id") REFERENCES "nominees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominee_outcomes" ADD CONSTRAINT "FK_40c5c8eb45a95c0f00fae3dcfb7" FOREIGN KEY ("dossier_id") REFERENCES "dossiers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominee_votes" ADD CONSTRAINT "FK_e36b8be21a761b62e4af96148c0" FOREIGN KEY ("nominee_id") REFERENCES "nominees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominee_votes" ADD CONSTRAINT "FK_1f32dea518aaf1a6dafad0485b6" FOREIGN KEY ("dossier_id") REFERENCES "dossiers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "nominee_votes" DROP CONSTRAINT "FK_1f32dea518aaf1a6dafad0485b6"`);
    await queryRunner.query(`ALTER TABLE "nominee_votes" DROP CONSTRAINT "FK_e36b8be21a761b62e4af96148c0"`);
    await queryRunner.query(`ALTER TABLE "nominee_outcomes" DROP CONSTRAINT "FK_40c5c8eb45a95c0f00fae3dcfb7"`);
    await queryRunner.query(`ALTER TABLE "nominee_outcomes" DROP CONSTRAINT "FK_f454a9a90837a31444bb09fdc23"`);
    await queryRunner.query(`ALTER TABLE "dossiers" DROP CONSTRAINT "FK_b6d5fbffcca6499ccb880fdf0e4"`);
    await queryRunner.query(`ALTER TABLE "nominees" DROP CONSTRAINT "FK_0cf53451e570ce59f20921d9dd8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b6d5fbffcca6499ccb880fdf0e"`);
    await queryRunner.query(`ALTER TABLE "dossiers" DROP COLUMN "origin_dossier_id"`);
    await queryRunner.query(`ALTER TABLE "nominees" DROP COLUMN "origin_nominee_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8207130ae5c7066767afa78902"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1f32dea518aaf1a6dafad0485b"`);
    await queryRunner.query(`DROP TABLE "nominee_votes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d68584a960b0374cc50fd50e4b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_40c5c8eb45a95c0f00fae3dcfb"`);
    await queryRunner.query(`DROP TABLE "nominee_outcomes"`);
  }
}
