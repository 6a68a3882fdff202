import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issued documents: one row per PDF made at a step of the chain (the bytes stay in the
 * documents store, under <DOCUMENTS_DIR>/<dossier id>/<document id>). `issue_key` is unique
 * per dossier, so a paper is issued once however many processes try. Rows are refused
 * UPDATE and DELETE at the database itself, like the audit log: once issued, never changed.
 */
export class IssuedDocuments1795400000700 implements MigrationInterface {
  name = 'IssuedDocuments1795400000700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "issued_documents" ("id" uuid NOT NULL, "dossier_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "issue_key" character varying(120) NOT NULL, "nominee_id" uuid, "level" character varying(20) NOT NULL, "task_id" uuid, "sha256" character varying(64) NOT NULL, "size_bytes" integer NOT NULL, "page_count" integer NOT NULL, "storage_path" character varying(200) NOT NULL, "issued_by" character varying(100) NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "signed" boolean NOT NULL DEFAULT false, "signer_subject" character varying(500), CONSTRAINT "PK_issued_documents" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_issued_documents_dossier_id" ON "issued_documents" ("dossier_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_issued_documents_dossier_issue_key" ON "issued_documents" ("dossier_id", "issue_key") `);
    await queryRunner.query(
      `ALTER TABLE "issued_documents" ADD CONSTRAINT "FK_issued_documents_dossier_id" FOREIGN KEY ("dossier_id") REFERENCES "dossiers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`
      CREATE FUNCTION "issued_documents_insert_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'issued_documents never change once issued (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END;
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "issued_documents_no_update_delete"
      BEFORE UPDATE OR DELETE ON "issued_documents"
      FOR EACH ROW EXECUTE FUNCTION "issued_documents_insert_only"()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "issued_documents_no_update_delete" ON "issued_documents"`);
    await queryRunner.query(`DROP FUNCTION "issued_documents_insert_only"()`);
    await queryRunner.query(`ALTER TABLE "issued_documents" DROP CONSTRAINT "FK_issued_documents_dossier_id"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_issued_documents_dossier_issue_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_issued_documents_dossier_id"`);
    await queryRunner.query(`DROP TABLE "issued_documents"`);
  }
}
