import type { CaseAccessFacts } from '@terugkeer/domain';
import type { CaseEvent, CaseParticipant, EventEnvelope } from '@terugkeer/events';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { isUuid } from '../database/uuid';

/**
 * A service other than the case service keeps its own copy of who takes part in
 * each case, fed by case events, so it can authorize without calling back.
 */
export async function createCaseAccessReplicaTable(runner: QueryRunner): Promise<void> {
  await runner.query(`
    CREATE TABLE case_access (
      case_id uuid PRIMARY KEY,
      organization_id uuid NOT NULL,
      health_provider_id uuid,
      department_id uuid,
      employee_user_id uuid,
      manager_user_id uuid,
      doctor_user_ids uuid[] NOT NULL DEFAULT '{}',
      coach_user_ids uuid[] NOT NULL DEFAULT '{}',
      first_sick_day date NOT NULL,
      status text NOT NULL,
      recovery_date date,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
  await runner.query(`CREATE INDEX case_access_organization ON case_access (organization_id)`);
}

const userOf = (participants: CaseParticipant[], role: CaseParticipant['role']) => participants.find((p) => p.role === role)?.userId ?? null;
const usersOf = (participants: CaseParticipant[], role: CaseParticipant['role']) => participants.filter((p) => p.role === role).map((p) => p.userId);

/** Applies a case event to the replica; returns false for events it does not concern. */
export async function applyCaseEventToReplica(manager: EntityManager, envelope: EventEnvelope): Promise<boolean> {
  const event = envelope as CaseEvent;
  switch (event.type) {
    case 'case.opened': {
      const p = event.payload;
      await manager.query(
        `INSERT INTO case_access (case_id, organization_id, health_provider_id, department_id, employee_user_id,
                                  manager_user_id, doctor_user_ids, coach_user_ids, first_sick_day, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (case_id) DO NOTHING`,
        [
          p.caseId,
          p.organizationId,
          p.healthProviderId,
          p.departmentId,
          userOf(p.participants, 'EMPLOYEE'),
          userOf(p.participants, 'MANAGER'),
          usersOf(p.participants, 'COMPANY_DOCTOR'),
          usersOf(p.participants, 'COACH'),
          p.firstSickDay,
          p.status,
        ],
      );
      return true;
    }
    case 'case.participants-changed': {
      const p = event.payload;
      await manager.query(
        `UPDATE case_access SET employee_user_id = $2, manager_user_id = $3, doctor_user_ids = $4, coach_user_ids = $5,
                updated_at = now() WHERE case_id = $1`,
        [
          p.caseId,
          userOf(p.participants, 'EMPLOYEE'),
          userOf(p.participants, 'MANAGER'),
          usersOf(p.participants, 'COMPANY_DOCTOR'),
          usersOf(p.participants, 'COACH'),
        ],
      );
      return true;
    }
    case 'case.status-changed': {
      const p = event.payload;
      await manager.query(`UPDATE case_access SET status = $2, recovery_date = $3, updated_at = now() WHERE case_id = $1`, [
        p.caseId,
        p.status,
        p.recoveryDate,
      ]);
      return true;
    }
    default:
      return false;
  }
}

export interface ReplicatedCase extends CaseAccessFacts {
  caseId: string;
  firstSickDay: string;
  status: string;
  recoveryDate: string | null;
}

export function caseAccessLoader(dataSource: DataSource): DataLoader<string, ReplicatedCase | null> {
  return new DataLoader(async (ids) => {
    const rows: Record<string, any>[] = await dataSource.query(`SELECT * FROM case_access WHERE case_id = ANY($1::uuid[])`, [ids.filter(isUuid)]);
    const byId = new Map(
      rows.map((r) => [
        r.case_id as string,
        {
          caseId: r.case_id,
          organizationId: r.organization_id,
          employeeUserId: r.employee_user_id,
          managerUserId: r.manager_user_id,
          doctorUserIds: r.doctor_user_ids,
          coachUserIds: r.coach_user_ids,
          firstSickDay: r.first_sick_day,
          status: r.status,
          recoveryDate: r.recovery_date,
        } satisfies ReplicatedCase,
      ]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  });
}
