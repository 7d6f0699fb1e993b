import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BuildUp1732500000002 implements MigrationInterface {
  name = 'BuildUp1732500000002';

  async up(runner: QueryRunner): Promise<void> {
    // One row per plan version; the highest is current. Weeks: [{weekStart, homeHours, locationHours, therapeutic, tasks}].
    await runner.query(`
      CREATE TABLE build_up_versions (
        case_id uuid NOT NULL,
        version int NOT NULL,
        source text NOT NULL,
        action_plan_version int,
        weeks jsonb NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, version)
      )`);
    await runner.query(`
      CREATE TABLE build_up_actuals (
        case_id uuid NOT NULL,
        week_start date NOT NULL,
        hours numeric(5,2) NOT NULL CHECK (hours >= 0),
        entered_by uuid NOT NULL,
        entered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, week_start)
      )`);
    await runner.query(`
      CREATE TABLE stagnation_alerts (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        kind text NOT NULL,
        week_start date NOT NULL,
        detail jsonb NOT NULL,
        detected_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (case_id, kind, week_start)
      )`);
    // Only what a stagnation alert shows beside it: the scores of check-ins that were a dip.
    await runner.query(`
      CREATE TABLE check_in_dips (
        check_in_id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        date date NOT NULL,
        demands numeric NOT NULL,
        resources numeric NOT NULL
      )`);
    await runner.query(`CREATE INDEX check_in_dips_case ON check_in_dips (case_id, date)`);
    await runner.query(`
      CREATE TABLE check_in_consents (
        case_id uuid NOT NULL,
        grantee_role text NOT NULL,
        scope text NOT NULL,
        granted boolean NOT NULL,
        PRIMARY KEY (case_id, grantee_role, scope)
      )`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
