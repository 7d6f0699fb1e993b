import type { EmployeeUpserted, EventEnvelope } from '@terugkeer/events';
import type { EntityManager, QueryRunner } from 'typeorm';

/**
 * Beside the participants of each case, a service that names people on a case (a colleague
 * in a dialogue talk) keeps who works for which employer, fed by `employee.upserted`, so it
 * can tell one employer's people from another's without calling the case service.
 */
export async function createEmployerPeopleReplicaTable(runner: QueryRunner): Promise<void> {
  await runner.query(`
    CREATE TABLE employer_people (
      employee_id uuid PRIMARY KEY,
      user_id uuid,
      organization_id uuid NOT NULL,
      department_id uuid,
      updated_at timestamptz NOT NULL
    )`);
  await runner.query(`CREATE INDEX employer_people_user ON employer_people (user_id, organization_id)`);
}

/**
 * Applies an employee event to the replica; returns false for events it does not concern. Each
 * event carries the whole employee, so the newest wins whatever order the queue delivers them in.
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

/** Which of these users work for the organization. */
export async function peopleOfEmployer(manager: EntityManager, organizationId: string, userIds: readonly string[]): Promise<Set<string>> {
  const rows: { user_id: string }[] = await manager.query(
    `SELECT DISTINCT user_id FROM employer_people WHERE organization_id = $1 AND user_id = ANY($2::uuid[])`,
    [organizationId, userIds.filter((id) => UUID.test(id))],
  );
  return new Set(rows.map((row) => row.user_id));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
