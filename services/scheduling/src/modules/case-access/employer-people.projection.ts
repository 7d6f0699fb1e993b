import type { EmployeeUpserted, EventEnvelope } from '@terugkeer/events';
import type { EntityManager } from 'typeorm';

/**
 * Beside the participants of each case, this service keeps who works for which employer, fed
 * by `employee.upserted`, so it can tell one employer's people from another's (a colleague in
 * a dialogue talk) without calling the case service. Returns false for events it does not
 * concern. Each event carries the whole employee, so the newest wins whatever order the queue
 * delivers them in.
 */
export async function applyEmployeeEventToReplica(manager: EntityManager, envelope: EventEnvelope): Promise<boolean> {
  if (envelope.type !== 'employee.upserted') return false;
  const { payload } = envelope as EmployeeUpserted;
  await manager.query(
    `INSERT INTO employer_people (employee_id, user_id, organization_id, department_id, updated_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (employee_id) DO UPDATE SET user_id = excluded.user_id, department_id = excluded.department_id, updated_at = excluded.updated_at
     WHERE employer_people.updated_at <= excluded.updated_at`,
    [payload.employeeId, payload.userId ?? null, payload.organizationId, payload.departmentId, envelope.occurredAt],
  );
  return true;
}
