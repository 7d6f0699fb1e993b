import type { DepartmentUpserted, EmployeeUpserted, OrganizationUpserted } from '@terugkeer/events';
import { recordEvent } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';

/** The directory as the other services need it, published in full after every change. */
export async function publishOrganization(manager: EntityManager, organizationId: string): Promise<void> {
  const [row] = await manager.query(
    `SELECT o.name, o.full_time_hours AS "fullTimeHours", o.daily_absence_cost::float AS "dailyAbsenceCost",
            o.programme_cost::float AS "programmeCost",
            (SELECT health_provider_id FROM provider_organizations p WHERE p.organization_id = o.id LIMIT 1) AS "healthProviderId"
       FROM organizations o WHERE o.id = $1`,
    [organizationId],
  );
  await recordEvent<OrganizationUpserted>(manager, {
    type: 'organization.upserted',
    aggregateId: organizationId,
    organizationId,
    payload: { organizationId, ...row },
  });
}

export async function publishDepartment(manager: EntityManager, departmentId: string): Promise<void> {
  const [row] = await manager.query(
    `SELECT d.organization_id AS "organizationId", d.name,
            (SELECT e.manager_user_id FROM employees e WHERE e.department_id = d.id AND e.manager_user_id IS NOT NULL
              GROUP BY e.manager_user_id ORDER BY count(*) DESC LIMIT 1) AS "managerUserId"
       FROM departments d WHERE d.id = $1`,
    [departmentId],
  );
  await recordEvent<DepartmentUpserted>(manager, {
    type: 'department.upserted',
    aggregateId: departmentId,
    organizationId: row.organizationId,
    payload: { departmentId, ...row },
  });
}

export async function publishEmployee(manager: EntityManager, employeeId: string): Promise<void> {
  const [employee] = await manager.query(
    `SELECT organization_id AS "organizationId", employee_number AS "employeeNumber", department_id AS "departmentId",
            manager_user_id AS "managerUserId", user_id AS "userId"
       FROM employees WHERE id = $1`,
    [employeeId],
  );
  const contracts = await manager.query(
    `SELECT start_date AS "from", end_date AS "to", hours_per_week::float AS "hoursPerWeek", $2::uuid AS "departmentId"
       FROM contracts WHERE employee_id = $1 ORDER BY start_date`,
    [employeeId, employee.departmentId],
  );
  await recordEvent<EmployeeUpserted>(manager, {
    type: 'employee.upserted',
    aggregateId: employeeId,
    organizationId: employee.organizationId,
    payload: { employeeId, ...employee, contracts },
  });
}
