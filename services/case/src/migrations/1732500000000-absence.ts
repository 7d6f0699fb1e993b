import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Absence1732500000000 implements MigrationInterface {
  name = 'Absence1732500000000';

  async up(runner: QueryRunner): Promise<void> {
    // Only what an employer may record of a sick report in the Netherlands: no diagnosis.
    await runner.query(`
      CREATE TABLE sick_reports (
        id uuid PRIMARY KEY,
        employee_id uuid NOT NULL REFERENCES employees(id),
        case_id uuid REFERENCES cases(id),
        report_number text,
        first_sick_day date NOT NULL,
        recovery_date date,
        contact_details text,
        expected_duration text,
        work_to_take_over text,
        occupational_accident boolean NOT NULL DEFAULT false,
        liable_third_party boolean NOT NULL DEFAULT false,
        safety_net boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        UNIQUE (employee_id, report_number),
        CHECK (recovery_date IS NULL OR recovery_date > first_sick_day)
      )`);
    await runner.query(`CREATE INDEX sick_reports_employee ON sick_reports (employee_id, first_sick_day)`);
    await runner.query(`CREATE INDEX sick_reports_case ON sick_reports (case_id)`);
    await runner.query(`
      CREATE TABLE absence_intervals (
        report_id uuid NOT NULL REFERENCES sick_reports(id) ON DELETE CASCADE,
        starts_on date NOT NULL,
        percentage numeric(5,2) NOT NULL CHECK (percentage >= 1 AND percentage <= 100),
        therapeutic boolean NOT NULL DEFAULT false,
        PRIMARY KEY (report_id, starts_on)
      )`);
    await runner.query(`
      ALTER TABLE cases
        ADD COLUMN reintegration_requested_on date,
        ADD COLUMN assessment_outcome text CHECK (assessment_outcome IN ('A', 'B', 'C'))`);
    await runner.query(`
      ALTER TABLE organizations
        ADD COLUMN daily_absence_cost numeric(10,2) CHECK (daily_absence_cost >= 0),
        ADD COLUMN programme_cost numeric(10,2) CHECK (programme_cost >= 0)`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
