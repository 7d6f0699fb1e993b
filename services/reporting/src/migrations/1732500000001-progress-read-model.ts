import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a case's progress shows: timeline, build-up, programme, stagnation, check-in scores and consents. */
export class ProgressReadModel1732500000001 implements MigrationInterface {
  name = 'ProgressReadModel1732500000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE case_timelines (
        case_id uuid PRIMARY KEY,
        employee_id uuid NOT NULL,
        jurisdiction text NOT NULL,
        first_sick_day date NOT NULL,
        recovery_date date,
        milestones jsonb NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE build_ups (
        case_id uuid PRIMARY KEY,
        schedule_id uuid NOT NULL,
        version int NOT NULL,
        weeks jsonb NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE programmes (
        programme_id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        start_date date NOT NULL,
        status text NOT NULL,
        held int NOT NULL,
        missed int NOT NULL,
        remaining int NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX programmes_case ON programmes (case_id)`);
    await runner.query(`
      CREATE TABLE stagnation_alerts (
        alert_id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        reason text NOT NULL,
        week_start date NOT NULL
      )`);
    await runner.query(`CREATE INDEX stagnation_alerts_case ON stagnation_alerts (case_id)`);
    await runner.query(`
      CREATE TABLE check_in_scores (
        check_in_id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        date date NOT NULL,
        energy numeric NOT NULL,
        demands numeric NOT NULL,
        resources numeric NOT NULL,
        dip boolean NOT NULL
      )`);
    await runner.query(`CREATE INDEX check_in_scores_case ON check_in_scores (case_id)`);
    await runner.query(`
      CREATE TABLE consents (
        consent_id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        scope text NOT NULL,
        grantee_role text NOT NULL,
        grantee_user_id uuid,
        granted boolean NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX consents_case ON consents (case_id)`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
