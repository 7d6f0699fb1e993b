import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `employee.upserted` now carries the employee's name, which the documents of her case print
 * beside her personnel number. Employees published before that are published once more, in
 * full, through the outbox like any change; consumers keep the newest state.
 */
export class EmployeesRepublishedWithName1733200000070 implements MigrationInterface {
  name = 'EmployeesRepublishedWithName1733200000070';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      INSERT INTO outbox (id, type, aggregate_id, organization_id, payload)
      SELECT gen_random_uuid(), 'employee.upserted', e.id::text, e.organization_id::text,
             jsonb_build_object(
               'employeeId', e.id, 'organizationId', e.organization_id, 'employeeNumber', e.employee_number, 'name', e.name,
               'departmentId', e.department_id, 'managerUserId', e.manager_user_id, 'userId', e.user_id,
               'contracts', COALESCE(
                 (SELECT jsonb_agg(jsonb_build_object('from', c.start_date, 'to', c.end_date,
                                                      'hoursPerWeek', c.hours_per_week::float, 'departmentId', e.department_id)
                                   ORDER BY c.start_date)
                    FROM contracts c WHERE c.employee_id = e.id),
                 '[]'::jsonb))
        FROM employees e
       ORDER BY e.organization_id, e.employee_number`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
