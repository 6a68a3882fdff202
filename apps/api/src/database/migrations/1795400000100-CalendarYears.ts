import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Admin-edited working-day schedules, one row per year (the built-in official ones are code). */
export class CalendarYears1795400000100 implements MigrationInterface {
  name = 'CalendarYears1795400000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendar_years" ("year" integer NOT NULL, "calendar" jsonb NOT NULL, "updated_by" character varying(100) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1fed249d26e56ff06bb6dffd8d6" PRIMARY KEY ("year"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "calendar_years"`);
  }
}
