import type { CaseAccessFacts, Jurisdiction } from '@terugkeer/domain';
import { isUuid, type Queryable } from '@terugkeer/service-kit';
import DataLoader from 'dataloader';

/** A case as this service's replica knows it. */
export interface ReplicatedCase extends CaseAccessFacts {
  caseId: string;
  firstSickDay: string;
  status: string;
  recoveryDate: string | null;
  /** The organization's jurisdiction: whose public holidays its programme is planned around. */
  jurisdiction: Jurisdiction;
}

export function caseAccessLoader(db: Queryable): DataLoader<string, ReplicatedCase | null> {
  return new DataLoader(async (ids) => {
    const rows: Record<string, any>[] = await db.query(`SELECT * FROM case_access WHERE case_id = ANY($1::uuid[])`, [ids.filter(isUuid)]);
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
          jurisdiction: r.jurisdiction,
        } satisfies ReplicatedCase,
      ]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  });
}
