import type { AssessmentOutcome, CaseAccessFacts, CaseStatus, IsoDate, Jurisdiction, MaternityLeave, ReintegrationRequester } from '@terugkeer/domain';
import type { CaseParticipant } from '@terugkeer/events';
import { organizationIdsWithRole, type Queryable, type Viewer } from '@terugkeer/service-kit';
import { In, type DataSource } from 'typeorm';
import { Case } from './case.entity';

export interface CasePage {
  rows: Case[];
  hasNextPage: boolean;
}

/** The dates of a case as the absence derives them. */
export interface CaseSpanRow {
  id: string;
  status: CaseStatus;
  firstSickDay: string;
  recoveryDate: string | null;
}

export interface NewCase {
  id: string;
  organizationId: string;
  employeeId: string;
  healthProviderId: string | null;
  status: CaseStatus;
  jurisdiction: Jurisdiction;
  firstSickDay: string;
  recoveryDate: string | null;
}

/** What the legal timeline of a case needs from the case itself. */
export interface CaseTimelineRow {
  id: string;
  employeeId: string;
  organizationId: string;
  jurisdiction: Jurisdiction;
  firstSickDay: IsoDate;
  recoveryDate: IsoDate | null;
  requested: IsoDate | null;
  outcome: AssessmentOutcome | null;
  requestedBy: ReintegrationRequester | null;
  certificate: IsoDate | null;
  sanction: number;
  voluntary: number;
  lateWia: number;
  expectedDelivery: IsoDate | null;
  leaveFrom: IsoDate | null;
  leaveUntil: IsoDate | null;
}

/** The Belgian re-integration trajectory as the case keeps it. */
export interface CaseReintegration {
  requestedOn: string | null;
  assessmentOutcome: string | null;
  requestedBy: string | null;
  unfitnessCertificateOn: string | null;
}

export type WagePaymentExtensionGround = 'WAGE_SANCTION' | 'VOLUNTARY' | 'LATE_WIA_APPLICATION';

const EXTENSION_COLUMNS: Record<WagePaymentExtensionGround, string> = {
  WAGE_SANCTION: 'wage_sanction_days',
  VOLUNTARY: 'voluntary_extension_days',
  LATE_WIA_APPLICATION: 'late_wia_application_days',
};

/** What the retention purge needs from a case. */
export interface CaseRetentionRow {
  caseId: string;
  organizationId: string;
  employeeId: string;
  closedOn: IsoDate | null;
  legalHold: boolean;
  dossierPurged: boolean;
}

export interface CasePersonRow {
  caseId: string;
  userId: string;
  name: string;
  role: string;
}

/** The SQL of cases and their assignments: who may see which, in one place. */
export class CaseRepository {
  byIds(dataSource: DataSource, ids: readonly string[]): Promise<Case[]> {
    return dataSource.getRepository(Case).findBy({ id: In([...ids]) });
  }

  ofEmployee(dataSource: DataSource, employeeId: string): Promise<Case[]> {
    return dataSource.getRepository(Case).find({ where: { employeeId }, order: { firstSickDay: 'ASC' } });
  }

  async accessFacts(db: Queryable, caseIds: string[]): Promise<Map<string, CaseAccessFacts>> {
    const rows: {
      id: string;
      organization_id: string;
      employee_user_id: string | null;
      manager_user_id: string | null;
      doctors: string[];
      coaches: string[];
    }[] = await db.query(
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
  async visibleTo(dataSource: DataSource, viewer: Viewer, first: number, after: { firstSickDay: string; id: string } | null): Promise<CasePage> {
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
    const rows: Record<string, unknown>[] = await dataSource.query(
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
      dataSource.getRepository(Case).create({
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

  /** The user id of the employee's manager, per case. */
  async managerUserIds(db: Queryable, caseIds: readonly string[]): Promise<Map<string, string | null>> {
    const rows: { id: string; manager: string | null }[] = await db.query(
      `SELECT c.id, e.manager_user_id AS manager FROM cases c JOIN employees e ON e.id = c.employee_id WHERE c.id = ANY($1)`,
      [caseIds],
    );
    return new Map(rows.map((row) => [row.id, row.manager]));
  }

  spansOfEmployee(db: Queryable, employeeId: string): Promise<CaseSpanRow[]> {
    return db.query(`SELECT id, status, first_sick_day AS "firstSickDay", recovery_date AS "recoveryDate" FROM cases WHERE employee_id = $1`, [employeeId]);
  }

  async spansOfEmployees(db: Queryable, employeeIds: readonly string[]): Promise<(CaseSpanRow & { employeeId: string })[]> {
    return db.query(
      `SELECT id, employee_id AS "employeeId", status, first_sick_day AS "firstSickDay", recovery_date AS "recoveryDate" FROM cases WHERE employee_id = ANY($1)`,
      [employeeIds],
    );
  }

  /** Every case of the organization with its employee and dates, in an order that does not depend on ids (generated dossiers). */
  async spansOfOrganization(db: Queryable, organizationId: string): Promise<(CaseSpanRow & { employeeId: string; jurisdiction: Jurisdiction })[]> {
    return db.query(
      `SELECT c.id, c.employee_id AS "employeeId", c.status, c.first_sick_day AS "firstSickDay", c.recovery_date AS "recoveryDate", c.jurisdiction
         FROM cases c JOIN employees e ON e.id = c.employee_id
        WHERE c.organization_id = $1 ORDER BY e.employee_number, c.first_sick_day`,
      [organizationId],
    );
  }

  /** Many new cases in one statement (the import). */
  async insertMany(db: Queryable, cases: readonly NewCase[]): Promise<void> {
    if (!cases.length) return;
    await db.query(
      `INSERT INTO cases (id, organization_id, employee_id, health_provider_id, status, jurisdiction, first_sick_day, recovery_date)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::date[], $8::date[])`,
      [
        cases.map((c) => c.id),
        cases.map((c) => c.organizationId),
        cases.map((c) => c.employeeId),
        cases.map((c) => c.healthProviderId),
        cases.map((c) => c.status),
        cases.map((c) => c.jurisdiction),
        cases.map((c) => c.firstSickDay),
        cases.map((c) => c.recoveryDate),
      ],
    );
  }

  async insert(db: Queryable, found: NewCase): Promise<void> {
    await db.query(
      `INSERT INTO cases (id, organization_id, employee_id, health_provider_id, status, jurisdiction, first_sick_day, recovery_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [found.id, found.organizationId, found.employeeId, found.healthProviderId, found.status, found.jurisdiction, found.firstSickDay, found.recoveryDate],
    );
  }

  async moveSpan(db: Queryable, caseId: string, status: CaseStatus, firstSickDay: string, recoveryDate: string | null): Promise<void> {
    await db.query(`UPDATE cases SET status = $2, first_sick_day = $3, recovery_date = $4, version = version + 1 WHERE id = $1`, [
      caseId,
      status,
      firstSickDay,
      recoveryDate,
    ]);
  }

  async setReintegration(db: Queryable, caseId: string, reintegration: CaseReintegration): Promise<void> {
    const { requestedOn, assessmentOutcome, requestedBy, unfitnessCertificateOn } = reintegration;
    await db.query(
      `UPDATE cases SET reintegration_requested_on = $2, assessment_outcome = $3, reintegration_requested_by = $4, unfitness_certificate_on = $5,
              version = version + 1 WHERE id = $1`,
      [caseId, requestedOn, assessmentOutcome, requestedOn ? requestedBy : null, unfitnessCertificateOn],
    );
  }

  /** Dutch cases: days by which wage payment runs on (art. 7:629 lid 11 BW), one column per ground. */
  async setWagePaymentExtension(db: Queryable, caseId: string, kind: WagePaymentExtensionGround, days: number): Promise<void> {
    await db.query(`UPDATE cases SET ${EXTENSION_COLUMNS[kind]} = $2, version = version + 1 WHERE id = $1`, [caseId, days]);
  }

  /** The employee's pregnancy and maternity leave, or null to remove it. */
  async setMaternityLeave(db: Queryable, caseId: string, leave: MaternityLeave | null): Promise<void> {
    await db.query(`UPDATE cases SET expected_delivery_date = $2, maternity_leave_from = $3, maternity_leave_until = $4, version = version + 1 WHERE id = $1`, [
      caseId,
      leave?.expectedDeliveryDate ?? null,
      leave?.leaveFrom ?? null,
      leave?.leaveUntil ?? null,
    ]);
  }

  timelineRows(db: Queryable, caseIds: readonly string[]): Promise<CaseTimelineRow[]> {
    return db.query(
      `SELECT id, employee_id AS "employeeId", organization_id AS "organizationId", jurisdiction, first_sick_day AS "firstSickDay",
              recovery_date AS "recoveryDate", reintegration_requested_on AS requested, assessment_outcome AS outcome,
              reintegration_requested_by AS "requestedBy", unfitness_certificate_on AS certificate, wage_sanction_days AS sanction,
              voluntary_extension_days AS voluntary, late_wia_application_days AS "lateWia", expected_delivery_date AS "expectedDelivery",
              maternity_leave_from AS "leaveFrom", maternity_leave_until AS "leaveUntil"
         FROM cases WHERE id = ANY($1)`,
      [caseIds],
    );
  }

  async legalHold(db: Queryable, caseId: string): Promise<string | null> {
    const [row] = await db.query(`SELECT legal_hold_reason FROM cases WHERE id = $1`, [caseId]);
    return row?.legal_hold_reason ?? null;
  }

  async setLegalHold(db: Queryable, caseId: string, reason: string | null): Promise<void> {
    await db.query(`UPDATE cases SET legal_hold_reason = $2 WHERE id = $1`, [caseId, reason]);
  }

  retentionRows(db: Queryable): Promise<CaseRetentionRow[]> {
    return db.query(`
      SELECT id AS "caseId", organization_id AS "organizationId", employee_id AS "employeeId",
             CASE WHEN status IN ('RECOVERED', 'CLOSED') THEN recovery_date END AS "closedOn",
             legal_hold_reason IS NOT NULL AS "legalHold", dossier_purged_at IS NOT NULL AS "dossierPurged"
        FROM cases`);
  }

  async markDossierPurged(db: Queryable, caseId: string): Promise<void> {
    await db.query(`UPDATE cases SET dossier_purged_at = now() WHERE id = $1`, [caseId]);
  }

  async dossiersLeft(db: Queryable, employeeId: string): Promise<number> {
    const [{ remaining }] = await db.query(`SELECT count(*)::int AS remaining FROM cases WHERE employee_id = $1 AND dossier_purged_at IS NULL`, [employeeId]);
    return remaining;
  }

  async countOfOrganization(db: Queryable, organizationId: string): Promise<number> {
    const [{ cases }] = await db.query(`SELECT count(*)::int AS cases FROM cases WHERE organization_id = $1`, [organizationId]);
    return cases;
  }

  async assign(db: Queryable, caseId: string, userId: string, role: string): Promise<void> {
    await db.query(`INSERT INTO case_assignments (case_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [caseId, userId, role]);
  }

  async unassign(db: Queryable, caseId: string, userId: string, role: string): Promise<void> {
    await db.query(`DELETE FROM case_assignments WHERE case_id = $1 AND user_id = $2 AND role = $3`, [caseId, userId, role]);
  }

  /** The company doctor assigned to the case; with more than one, the same one every time. */
  async assignedDoctor(db: Queryable, caseId: string): Promise<string | null> {
    const [row] = await db.query(`SELECT user_id FROM case_assignments WHERE case_id = $1 AND role = 'COMPANY_DOCTOR' ORDER BY user_id LIMIT 1`, [caseId]);
    return row?.user_id ?? null;
  }

  /** Everyone on a case by role, as the other services' replicas hold them. */
  participants(db: Queryable, caseId: string): Promise<CaseParticipant[]> {
    return db.query(
      `SELECT e.user_id AS "userId", 'EMPLOYEE' AS role FROM cases c JOIN employees e ON e.id = c.employee_id WHERE c.id = $1 AND e.user_id IS NOT NULL
       UNION ALL
       SELECT e.manager_user_id, 'MANAGER' FROM cases c JOIN employees e ON e.id = c.employee_id WHERE c.id = $1 AND e.manager_user_id IS NOT NULL
       UNION ALL
       SELECT user_id, role FROM case_assignments WHERE case_id = $1`,
      [caseId],
    );
  }

  /** `participants` of many cases in one statement. */
  async participantsOfCases(db: Queryable, caseIds: readonly string[]): Promise<Map<string, CaseParticipant[]>> {
    const rows: (CaseParticipant & { caseId: string })[] = await db.query(
      `SELECT c.id AS "caseId", e.user_id AS "userId", 'EMPLOYEE' AS role FROM cases c JOIN employees e ON e.id = c.employee_id
        WHERE c.id = ANY($1::uuid[]) AND e.user_id IS NOT NULL
       UNION ALL
       SELECT c.id, e.manager_user_id, 'MANAGER' FROM cases c JOIN employees e ON e.id = c.employee_id
        WHERE c.id = ANY($1::uuid[]) AND e.manager_user_id IS NOT NULL
       UNION ALL
       SELECT case_id, user_id, role FROM case_assignments WHERE case_id = ANY($1::uuid[])`,
      [caseIds],
    );
    const byCase = new Map<string, CaseParticipant[]>(caseIds.map((id) => [id, []]));
    for (const { caseId, ...participant } of rows) byCase.get(caseId)?.push(participant);
    return byCase;
  }

  /** The people on the cases with their names: employee, manager, doctor and coach. */
  people(db: Queryable, caseIds: readonly string[]): Promise<CasePersonRow[]> {
    return db.query(
      `SELECT c.id AS "caseId", u.id AS "userId", u.name, 'EMPLOYEE' AS role
         FROM cases c JOIN employees e ON e.id = c.employee_id JOIN users u ON u.id = e.user_id WHERE c.id = ANY($1::uuid[])
       UNION ALL
       SELECT c.id, u.id, u.name, 'MANAGER'
         FROM cases c JOIN employees e ON e.id = c.employee_id JOIN users u ON u.id = e.manager_user_id WHERE c.id = ANY($1::uuid[])
       UNION ALL
       SELECT a.case_id, u.id, u.name, a.role
         FROM case_assignments a JOIN users u ON u.id = a.user_id WHERE a.case_id = ANY($1::uuid[])
       ORDER BY 4, 3`,
      [caseIds],
    );
  }

  /** Colleagues of the employee in their department (not their manager) who may take part in a dialogue talk. */
  dialogueColleagues(db: Queryable, caseIds: readonly string[]): Promise<Omit<CasePersonRow, 'role'>[]> {
    return db.query(
      `SELECT c.id AS "caseId", u.id AS "userId", u.name
         FROM cases c
         JOIN employees e ON e.id = c.employee_id
         JOIN employees colleague ON colleague.department_id = e.department_id AND colleague.id <> e.id
         JOIN users u ON u.id = colleague.user_id
        WHERE c.id = ANY($1::uuid[]) AND u.id IS DISTINCT FROM e.manager_user_id
        ORDER BY u.name`,
      [caseIds],
    );
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);
