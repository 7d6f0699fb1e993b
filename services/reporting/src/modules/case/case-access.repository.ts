import type { CaseAccessFacts } from '@terugkeer/domain';
import { isUuid, type Queryable } from '@terugkeer/service-kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

export interface CaseSummary {
  organizationId: string;
  firstSickDay: string;
  recoveryDate: string | null;
  status: string;
}

/** The replica of each case's participants and phase, beyond the kit's authorization loader. */
export class CaseAccessRepository {
  constructor(private readonly db: Queryable) {}

  async summary(caseId: string): Promise<CaseSummary | null> {
    const [row]: CaseSummary[] = await this.db.query(
      `SELECT organization_id AS "organizationId", first_sick_day::text AS "firstSickDay", recovery_date::text AS "recoveryDate", status
         FROM case_access WHERE case_id = $1`,
      [caseId],
    );
    return row ?? null;
  }

  /** The organization's cases per phase (status), by phase. */
  casesByPhase(organizationId: string): Promise<{ phase: string; cases: number }[]> {
    return this.db.query(`SELECT status AS phase, count(*)::int AS cases FROM case_access WHERE organization_id = $1 GROUP BY status ORDER BY status`, [
      organizationId,
    ]);
  }

  async caseIdsOf(organizationId: string): Promise<string[]> {
    const rows: { case_id: string }[] = await this.db.query(`SELECT case_id FROM case_access WHERE organization_id = $1`, [organizationId]);
    return rows.map((row) => row.case_id);
  }
}

/** A case as this service's replica knows it. */
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
