import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Wellbeing1732700000000 implements MigrationInterface {
  name = 'Wellbeing1732700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE relapse_plans (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL UNIQUE REFERENCES cases(id),
        revision int NOT NULL DEFAULT 1
      )`);
    await runner.query(`
      CREATE TABLE relapse_plan_versions (
        plan_id uuid NOT NULL REFERENCES relapse_plans(id),
        number int NOT NULL,
        signals jsonb NOT NULL,
        normalisation_statement text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid NOT NULL REFERENCES users(id),
        agreed_by_employee_at timestamptz,
        agreed_by_manager_at timestamptz,
        PRIMARY KEY (plan_id, number)
      )`);
    // Every grant and revocation is a row: the latest per scope and grantee is the consent now.
    await runner.query(`
      CREATE TABLE consents (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id),
        scope text NOT NULL CHECK (scope IN ('CHECK_IN_TREND', 'CHECK_IN_DETAIL')),
        grantee_role text NOT NULL CHECK (grantee_role IN ('MANAGER', 'COMPANY_DOCTOR', 'COACH')),
        granted boolean NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        changed_by uuid NOT NULL REFERENCES users(id)
      )`);
    await runner.query(`CREATE INDEX consents_case ON consents (case_id, scope, grantee_role, changed_at DESC)`);
    await runner.query(`
      CREATE TABLE check_ins (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id),
        checked_in_on date NOT NULL,
        energy int NOT NULL, mood int NOT NULL, sleep int NOT NULL, demands int NOT NULL,
        autonomy int NOT NULL, recognition int NOT NULL, social_support int NOT NULL,
        signal_ids text[] NOT NULL DEFAULT '{}',
        private_note text,
        dip boolean NOT NULL,
        dip_reasons text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await runner.query(`CREATE INDEX check_ins_case ON check_ins (case_id, checked_in_on, created_at)`);
    await runner.query(`
      CREATE TABLE session_reports (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id),
        kind text NOT NULL CHECK (kind IN ('REFLECTION', 'DIALOGUE', 'THREE_WAY')),
        held_on date NOT NULL,
        appointment_id uuid,
        coach_user_id uuid NOT NULL REFERENCES users(id),
        colleague_user_id uuid REFERENCES users(id),
        private_notes text NOT NULL DEFAULT '',
        summary text NOT NULL,
        state text NOT NULL,
        validators uuid[] NOT NULL,
        validated_by uuid[] NOT NULL DEFAULT '{}',
        released_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX session_reports_case ON session_reports (case_id, held_on)`);
    await runner.query(`
      CREATE TABLE session_report_history (
        report_id uuid NOT NULL REFERENCES session_reports(id),
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        user_id uuid NOT NULL REFERENCES users(id),
        action text NOT NULL,
        state text NOT NULL,
        comment text
      )`);
    await runner.query(`CREATE INDEX session_report_history_report ON session_report_history (report_id, at)`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
