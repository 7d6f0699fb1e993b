import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DataSubjectRights1732800000000 implements MigrationInterface {
  name = 'DataSubjectRights1732800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE employee_statements (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id),
        author_user_id uuid NOT NULL REFERENCES users(id),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX employee_statements_case ON employee_statements (case_id, created_at)`);
    await runner.query(`
      CREATE TABLE rectification_requests (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id),
        requested_by uuid NOT NULL REFERENCES users(id),
        data_class text NOT NULL,
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 5000),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ACCEPTED', 'REJECTED')),
        response text,
        resolved_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        version int NOT NULL DEFAULT 1
      )`);
    await runner.query(`CREATE INDEX rectification_requests_case ON rectification_requests (case_id, created_at)`);
    await runner.query(`
      ALTER TABLE organizations
        ADD COLUMN own_risk_bearer boolean NOT NULL DEFAULT false,
        ADD COLUMN retention_dossier_years int CHECK (retention_dossier_years BETWEEN 1 AND 30),
        ADD COLUMN retention_own_risk_years int CHECK (retention_own_risk_years BETWEEN 1 AND 30),
        ADD COLUMN retention_medical_years int CHECK (retention_medical_years BETWEEN 1 AND 50)`);
    await runner.query(`
      ALTER TABLE employees ADD COLUMN anonymized_at timestamptz`);
    await runner.query(`
      ALTER TABLE cases
        ADD COLUMN legal_hold_reason text,
        ADD COLUMN dossier_purged_at timestamptz`);
    await runner.query(`
      CREATE TABLE retention_runs (
        id uuid PRIMARY KEY,
        ran_at timestamptz NOT NULL DEFAULT now(),
        reference_date date NOT NULL,
        dry_run boolean NOT NULL,
        dossiers_purged int NOT NULL,
        medical_notes_purged int NOT NULL,
        employees_anonymized int NOT NULL,
        held_back int NOT NULL,
        detail jsonb NOT NULL DEFAULT '{}'
      )`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
