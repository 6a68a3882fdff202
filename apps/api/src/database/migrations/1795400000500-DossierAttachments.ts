import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dossier attachments: one row per stored file (the bytes stay in FileStorage, under
 * <ATTACHMENTS_DIR>/<dossier id>/<attachment id>). A dossier keeps its attachments (no
 * cascade); a nominee removed by an import leaves its evidence on the dossier, unlinked.
 */
export class DossierAttachments1795400000500 implements MigrationInterface {
  name = 'DossierAttachments1795400000500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachments" ("id" uuid NOT NULL, "dossier_id" uuid NOT NULL, "nominee_id" uuid, "file_name" character varying(255) NOT NULL, "content_type" character varying(100) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character varying(64) NOT NULL, "description" character varying(1000), "uploaded_by" character varying(100) NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5e1f050bcff31e3084a1d662412" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_3e70f0293c0cc0c41af74e9cac" ON "attachments" ("dossier_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_910f7d329dbd7d91767d8ee1b4" ON "attachments" ("nominee_id") `);
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_3e70f0293c0cc0c41af74e9cac9" FOREIGN KEY ("dossier_id") REFERENCES "dossiers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_910f7d329dbd7d91767d8ee1b4c" FOREIGN KEY ("nominee_id") REFERENCES "nominees"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_910f7d329dbd7d91767d8ee1b4c"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_3e70f0293c0cc0c41af74e9cac9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_910f7d329dbd7d91767d8ee1b4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3e70f0293c0cc0c41af74e9cac"`);
    await queryRunner.query(`DROP TABLE "attachments"`);
  }
}
