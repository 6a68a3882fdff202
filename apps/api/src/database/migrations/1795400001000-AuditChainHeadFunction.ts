import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `audit_chain_head(key, dossier)` locks a chain of the audit log until the transaction ends
 * and returns its last hash, in one round trip instead of two. It has to be a function: the
 * read must see whatever the previous holder of the lock committed, and in READ COMMITTED
 * only a statement started after the lock was granted does (a VOLATILE plpgsql function
 * takes a fresh snapshot for each statement it runs).
 */
export class AuditChainHeadFunction1795400001000 implements MigrationInterface {
  name = 'AuditChainHeadFunction1795400001000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION audit_chain_head(chain_key text, chain_dossier uuid) RETURNS varchar
      LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext(chain_key));
        IF chain_dossier IS NULL THEN RETURN NULL; END IF;
        RETURN (SELECT hash FROM audit_events WHERE dossier_id = chain_dossier ORDER BY id DESC LIMIT 1);
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION audit_chain_head(text, uuid)`);
  }
}
