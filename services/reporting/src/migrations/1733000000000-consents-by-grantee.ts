import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A consent is one case, scope and grantee role, as the case service keeps it; consent
 * events carry no id of their own. Keeps the latest change of each.
 */
export class ConsentsByGrantee1733000000000 implements MigrationInterface {
  name = 'ConsentsByGrantee1733000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DELETE FROM consents older USING consents newer
       WHERE older.case_id = newer.case_id AND older.scope = newer.scope AND older.grantee_role = newer.grantee_role
         AND (older.changed_at, older.consent_id) < (newer.changed_at, newer.consent_id)`);
    await runner.query(`ALTER TABLE consents DROP CONSTRAINT consents_pkey`);
    await runner.query(`ALTER TABLE consents DROP COLUMN consent_id`);
    await runner.query(`ALTER TABLE consents ADD PRIMARY KEY (case_id, scope, grantee_role)`);
    await runner.query(`DROP INDEX consents_case`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
