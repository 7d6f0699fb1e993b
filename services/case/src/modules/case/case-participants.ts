import type { CaseParticipant, CaseParticipantsChanged } from '@terugkeer/events';
import { recordEvent } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';

/** Everyone on a case by role, as the other services' replicas hold them. */
export async function caseParticipants(manager: EntityManager, caseId: string): Promise<CaseParticipant[]> {
  const rows: CaseParticipant[] = await manager.query(
    `SELECT e.user_id AS "userId", 'EMPLOYEE' AS role FROM cases c JOIN employees e ON e.id = c.employee_id WHERE c.id = $1 AND e.user_id IS NOT NULL
     UNION ALL
     SELECT e.manager_user_id, 'MANAGER' FROM cases c JOIN employees e ON e.id = c.employee_id WHERE c.id = $1 AND e.manager_user_id IS NOT NULL
     UNION ALL
     SELECT user_id, role FROM case_assignments WHERE case_id = $1`,
    [caseId],
  );
  return rows;
}

export async function publishParticipants(manager: EntityManager, caseId: string, organizationId: string): Promise<void> {
  await recordEvent<CaseParticipantsChanged>(manager, {
    type: 'case.participants-changed',
    aggregateId: caseId,
    organizationId,
    payload: { caseId, participants: await caseParticipants(manager, caseId) },
  });
}
