import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1732400000000 implements MigrationInterface {
  name = 'AuditLog1732400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE audit_log (
        seq bigint PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        actor_user_id uuid,
        actor_role text NOT NULL,
        organization_id uuid,
        subject_employee_id uuid,
        case_id uuid,
        action text NOT NULL,
        data_class text NOT NULL,
        record_id text,
        detail jsonb NOT NULL DEFAULT '{}',
        previous_hash text NOT NULL,
        hash text NOT NULL UNIQUE
      )`);
    await runner.query(`CREATE INDEX audit_log_subject ON audit_log (subject_employee_id, seq DESC)`);
    await runner.query(`CREATE INDEX audit_log_case ON audit_log (case_id, seq DESC)`);
    // Append-only for the application; the hash chain still exposes an owner who bypasses this.
    await runner.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await runner.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
