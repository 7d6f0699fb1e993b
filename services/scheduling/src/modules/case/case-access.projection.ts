import { caseParticipantFacts } from '@terugkeer/domain';
import type { CaseEvent } from '@terugkeer/events';
import type { EntityManager } from 'typeorm';

/** Who takes part in each case (`case_access`), so this service authorizes without calling the case service. */
export async function projectCaseAccess(event: CaseEvent, manager: EntityManager): Promise<void> {
  switch (event.type) {
    case 'case.opened': {
      const p = event.payload;
      const people = caseParticipantFacts(p.participants);
      await manager.query(
        `INSERT INTO case_access (case_id, organization_id, health_provider_id, department_id, employee_user_id,
                                  manager_user_id, doctor_user_ids, coach_user_ids, first_sick_day, status, jurisdiction)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (case_id) DO NOTHING`,
        [
          p.caseId,
          p.organizationId,
          p.healthProviderId,
          p.departmentId,
          people.employeeUserId,
          people.managerUserId,
          people.doctorUserIds,
          people.coachUserIds,
          p.firstSickDay,
          p.status,
          p.jurisdiction,
        ],
      );
      return;
    }
    case 'case.participants-changed': {
      const p = event.payload;
      const people = caseParticipantFacts(p.participants);
      await manager.query(
        `UPDATE case_access SET employee_user_id = $2, manager_user_id = $3, doctor_user_ids = $4, coach_user_ids = $5,
                updated_at = now() WHERE case_id = $1`,
        [p.caseId, people.employeeUserId, people.managerUserId, people.doctorUserIds, people.coachUserIds],
      );
      return;
    }
    case 'case.status-changed': {
      const p = event.payload;
      await manager.query(`UPDATE case_access SET status = $2, recovery_date = $3, updated_at = now() WHERE case_id = $1`, [
        p.caseId,
        p.status,
        p.recoveryDate,
      ]);
      return;
    }
  }
}
