import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The directory and sick reports as events describe them: the input of the absence statistics. */
export class StatisticsReadModel1732500000000 implements MigrationInterface {
  name = 'StatisticsReadModel1732500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE organizations (
        organization_id uuid PRIMARY KEY,
        name text NOT NULL,
        full_time_hours numeric NOT NULL,
        daily_absence_cost numeric,
        programme_cost numeric,
        health_provider_id uuid,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX organizations_provider ON organizations (health_provider_id)`);
    await runner.query(`
      CREATE TABLE departments (
        department_id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        name text NOT NULL,
        manager_user_id uuid,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX departments_organization ON departments (organization_id)`);
    await runner.query(`
      CREATE TABLE employees (
        employee_id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        manager_user_id uuid,
        contracts jsonb NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX employees_organization ON employees (organization_id)`);
    await runner.query(`
      CREATE TABLE sick_reports (
        report_id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        employee_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        first_sick_day date NOT NULL,
        recovery_date date,
        intervals jsonb NOT NULL,
        relapse boolean NOT NULL,
        removed boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX sick_reports_organization ON sick_reports (organization_id)`);
    await runner.query(`CREATE INDEX sick_reports_case ON sick_reports (case_id)`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
