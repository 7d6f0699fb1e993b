import type { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshAbsenceDays } from '../modules/absence/absence-days.projection';

/**
 * The absence statistics as stretches of unchanging employment and absence days per employee,
 * and where each sick report counts, so that the figures are sums in SQL instead of a day-by-day
 * walk over every report on each request. Filled here from the directory and the sick reports.
 */
export class AbsenceDays1733400000006 implements MigrationInterface {
  name = 'AbsenceDays1733400000006';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX sick_reports_employee ON sick_reports (employee_id)`);
    await runner.query(`
      CREATE TABLE absence_segments (
        employee_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        department_id uuid,
        from_day date NOT NULL,
        to_day date,
        hours_per_week double precision NOT NULL,
        sick boolean NOT NULL,
        fraction double precision NOT NULL,
        non_pregnancy_fraction double precision NOT NULL,
        case_department_sick boolean NOT NULL,
        case_department_fraction double precision NOT NULL,
        case_department_non_pregnancy_fraction double precision NOT NULL
      )`);
    await runner.query(`CREATE INDEX absence_segments_employee ON absence_segments (employee_id)`);
    await runner.query(`CREATE INDEX absence_segments_organization ON absence_segments (organization_id, from_day)`);
    await runner.query(`
      CREATE TABLE absence_report_placements (
        report_id uuid PRIMARY KEY,
        employee_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        case_id uuid NOT NULL,
        first_sick_day date NOT NULL,
        recovery_date date,
        employed_on_first_sick_day boolean NOT NULL,
        first_sick_day_department_id uuid,
        employed_on_last_sick_day boolean NOT NULL,
        last_sick_day_department_id uuid,
        duration_days integer,
        duration_class text,
        case_department_id uuid
      )`);
    await runner.query(`CREATE INDEX absence_report_placements_employee ON absence_report_placements (employee_id)`);
    await runner.query(`CREATE INDEX absence_report_placements_organization ON absence_report_placements (organization_id, first_sick_day)`);
    await refreshAbsenceDays(runner, null);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
