import type { EmployeeUpserted } from '@terugkeer/events';
import type { EntityManager } from 'typeorm';

/**
 * Who works for which employer (`employer_people`), so a colleague named on a case can be told
 * from another employer's people without calling the case service. Each event carries the
 * whole employee, so the newest wins whatever order the queue delivers them in.
 */
export async function projectEmployee(event: EmployeeUpserted, manager: EntityManager): Promise<void> {
  const { payload } = event;
  await manager.query(
    `INSERT INTO employer_people (employee_id, user_id, organization_id, department_id, updated_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (employee_id) DO UPDATE SET user_id = excluded.user_id, department_id = excluded.department_id, updated_at = excluded.updated_at
     WHERE employer_people.updated_at <= excluded.updated_at`,
    [payload.employeeId, payload.userId ?? null, payload.organizationId, payload.departmentId, event.occurredAt],
  );
}
