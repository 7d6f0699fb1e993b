import type { CaseAccessFacts } from '@terugkeer/domain';
import { organizationIdsWithRole, type Viewer } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { Case } from './case.entity';

export interface CasePage {
  rows: Case[];
  hasNextPage: boolean;
}

/** The SQL behind cases: who may see which, in one place. */
export class CaseRepository {
  constructor(private readonly dataSource: DataSource) {}

  async accessFacts(caseIds: string[]): Promise<Map<string, CaseAccessFacts>> {
    const rows: {
      id: string;
      organization_id: string;
      employee_user_id: string | null;
      manager_user_id: string | null;
      doctors: string[];
      coaches: string[];
    }[] = await this.dataSource.query(
      `SELECT c.id, c.organization_id, e.user_id AS employee_user_id, e.manager_user_id,
              coalesce(array_agg(a.user_id) FILTER (WHERE a.role = 'COMPANY_DOCTOR'), '{}') AS doctors,
              coalesce(array_agg(a.user_id) FILTER (WHERE a.role = 'COACH'), '{}') AS coaches
         FROM cases c
         JOIN employees e ON e.id = c.employee_id
         LEFT JOIN case_assignments a ON a.case_id = c.id
        WHERE c.id = ANY($1::uuid[])
        GROUP BY c.id, e.user_id, e.manager_user_id`,
      [caseIds.filter(isUuid)],
    );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          organizationId: row.organization_id,
          employeeUserId: row.employee_user_id,
          managerUserId: row.manager_user_id,
          doctorUserIds: row.doctors,
          coachUserIds: row.coaches,
        },
      ]),
    );
  }

  /** Cases the viewer may see, newest first, keyset-paginated on (first_sick_day, id). */
  async visibleTo(viewer: Viewer, first: number, after: { firstSickDay: string; id: string } | null): Promise<CasePage> {
    const params: unknown[] = [
      viewer.userId,
      organizationIdsWithRole(viewer, 'CASE_MANAGER'),
      organizationIdsWithRole(viewer, 'MANAGER'),
      viewer.memberships.some((m) => m.role === 'COMPANY_DOCTOR'),
      viewer.memberships.some((m) => m.role === 'COACH'),
      first + 1,
    ];
    let cursorClause = '';
    if (after) {
      params.push(after.firstSickDay, after.id);
      cursorClause = `AND (c.first_sick_day, c.id) < ($7::date, $8::uuid)`;
    }
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT c.* FROM cases c JOIN employees e ON e.id = c.employee_id
        WHERE (e.user_id = $1
               OR c.organization_id = ANY($2::uuid[])
               OR (e.manager_user_id = $1 AND c.organization_id = ANY($3::uuid[]))
               OR ($4 AND EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = c.id AND a.user_id = $1 AND a.role = 'COMPANY_DOCTOR'))
               OR ($5 AND EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = c.id AND a.user_id = $1 AND a.role = 'COACH')))
          ${cursorClause}
        ORDER BY c.first_sick_day DESC, c.id DESC
        LIMIT $6`,
      params,
    );
    const cases = rows.map((row) =>
      this.dataSource.getRepository(Case).create({
        id: row.id as string,
        organizationId: row.organization_id as string,
        employeeId: row.employee_id as string,
        healthProviderId: row.health_provider_id as string | null,
        status: row.status as Case['status'],
        jurisdiction: row.jurisdiction as Case['jurisdiction'],
        firstSickDay: row.first_sick_day as string,
        recoveryDate: row.recovery_date as string | null,
        version: row.version as number,
      }),
    );
    return { rows: cases.slice(0, first), hasNextPage: cases.length > first };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);
