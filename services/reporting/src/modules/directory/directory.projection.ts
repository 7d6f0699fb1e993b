import type { DepartmentUpserted, EmployeeUpserted, OrganizationUpserted } from '@terugkeer/events';
import type { EntityManager } from 'typeorm';

/*
 * Every directory event carries the full state, so the newest one wins; an older event
 * arriving late (the queue does not promise order) changes nothing.
 */

export async function projectOrganization(event: OrganizationUpserted, manager: EntityManager): Promise<void> {
  const p = event.payload;
  await manager.query(
    `INSERT INTO organizations (organization_id, name, full_time_hours, daily_absence_cost, programme_cost, health_provider_id, updated_at,
                                exclude_pregnancy_from_absence_percentage)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (organization_id) DO UPDATE SET name = excluded.name, full_time_hours = excluded.full_time_hours,
       daily_absence_cost = excluded.daily_absence_cost, programme_cost = excluded.programme_cost,
       health_provider_id = excluded.health_provider_id, updated_at = excluded.updated_at,
       exclude_pregnancy_from_absence_percentage = excluded.exclude_pregnancy_from_absence_percentage
     WHERE organizations.updated_at <= excluded.updated_at`,
    [
      p.organizationId,
      p.name,
      p.fullTimeHours,
      p.dailyAbsenceCost,
      p.programmeCost,
      p.healthProviderId,
      event.occurredAt,
      p.excludePregnancyFromAbsencePercentage ?? false,
    ],
  );
}

export async function projectDepartment(event: DepartmentUpserted, manager: EntityManager): Promise<void> {
  const p = event.payload;
  await manager.query(
    `INSERT INTO departments (department_id, organization_id, name, manager_user_id, updated_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (department_id) DO UPDATE SET name = excluded.name, manager_user_id = excluded.manager_user_id,
       updated_at = excluded.updated_at
     WHERE departments.updated_at <= excluded.updated_at`,
    [p.departmentId, p.organizationId, p.name, p.managerUserId, event.occurredAt],
  );
}

export async function projectEmployee(event: EmployeeUpserted, manager: EntityManager): Promise<void> {
  const p = event.payload;
  await manager.query(
    `INSERT INTO employees (employee_id, organization_id, employee_number, name, manager_user_id, contracts, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (employee_id) DO UPDATE SET employee_number = excluded.employee_number, name = COALESCE(excluded.name, employees.name),
       manager_user_id = excluded.manager_user_id, contracts = excluded.contracts, updated_at = excluded.updated_at
     WHERE employees.updated_at <= excluded.updated_at`,
    [p.employeeId, p.organizationId, p.employeeNumber, p.name ?? null, p.managerUserId ?? null, JSON.stringify(p.contracts), event.occurredAt],
  );
}
