import { CASE_RULES_BY_JURISDICTION, deriveCases, required, type DerivedCase } from '@terugkeer/domain';
import type { CaseOpened, CaseParticipant, CaseStatus, CaseStatusChanged, Jurisdiction, SickReportRecorded } from '@terugkeer/events';
import { recordEvent } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { publishTimelines } from '../timeline/timeline-events';
import { SickReportRepository, type StoredSickReport } from './sick-report.repository';

interface EmployeeFacts {
  organizationId: string;
  departmentId: string | null;
  userId: string | null;
  managerUserId: string | null;
  jurisdiction: Jurisdiction;
  healthProviderId: string | null;
}

interface ExistingCase {
  id: string;
  status: CaseStatus;
  firstSickDay: string;
  recoveryDate: string | null;
}

async function employeeFacts(manager: EntityManager, employeeId: string): Promise<EmployeeFacts> {
  const [row] = await manager.query(
    `SELECT e.organization_id AS "organizationId", e.department_id AS "departmentId", e.user_id AS "userId",
            e.manager_user_id AS "managerUserId", o.jurisdiction,
            (SELECT health_provider_id FROM provider_organizations p WHERE p.organization_id = o.id LIMIT 1) AS "healthProviderId"
       FROM employees e JOIN organizations o ON o.id = e.organization_id WHERE e.id = $1`,
    [employeeId],
  );
  return row;
}

/** The status after the absence changed; phases in between are the dossier's to set. */
function nextStatus(previous: CaseStatus, derived: DerivedCase): CaseStatus {
  if (derived.recoveryDate) return 'RECOVERED';
  if (previous === 'RECOVERED' || previous === 'CLOSED') return 'RELAPSE';
  return previous;
}

/**
 * Re-derives an employee's cases from all their sick reports under the grouping rules of the
 * organization's jurisdiction (`CASE_RULES_BY_JURISDICTION`), in the caller's transaction: new
 * cases are opened, existing ones keep their id and move with their reports, and every
 * change is published. `changedReportIds` are the reports this change touched.
 */
export async function reconcileEmployeeCases(manager: EntityManager, employeeId: string, changedReportIds: readonly string[]): Promise<string[]> {
  const repository = new SickReportRepository(manager);
  const reports = await repository.ofEmployee(employeeId, true);
  const facts = await employeeFacts(manager, employeeId);
  const existing: ExistingCase[] = await manager.query(
    `SELECT id, status, first_sick_day AS "firstSickDay", recovery_date AS "recoveryDate" FROM cases WHERE employee_id = $1`,
    [employeeId],
  );
  const byId = new Map(reports.map((report) => [report.id, report]));
  const touchedCases: string[] = [];

  for (const derived of deriveCases(reports, CASE_RULES_BY_JURISDICTION[facts.jurisdiction])) {
    const caseReports = derived.reportIds.map((id) => required(byId.get(id), `sick report ${id} of the derived case`));
    const current = existing.find((c) => caseReports.some((r) => r.caseId === c.id));
    const caseId = current?.id ?? randomUUID();
    const touched = caseReports.some((r) => changedReportIds.includes(r.id) || r.caseId !== caseId);
    if (!current) await openCase(manager, caseId, employeeId, facts, derived);
    else await moveCase(manager, current, derived, facts.organizationId);
    for (const report of caseReports) await repository.linkToCase(report.id, caseId);
    for (const report of caseReports.filter((r) => changedReportIds.includes(r.id))) {
      await publishReport(manager, { ...report, caseId }, facts, derived.relapseReportIds.includes(report.id));
    }
    if (touched || !current) touchedCases.push(caseId);
  }
  await publishTimelines(manager, touchedCases);
  return touchedCases;
}

async function openCase(manager: EntityManager, caseId: string, employeeId: string, facts: EmployeeFacts, derived: DerivedCase) {
  const status: CaseStatus = derived.recoveryDate ? 'RECOVERED' : derived.relapseReportIds.length ? 'RELAPSE' : 'NEW';
  await manager.query(
    `INSERT INTO cases (id, organization_id, employee_id, health_provider_id, status, jurisdiction, first_sick_day, recovery_date)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [caseId, facts.organizationId, employeeId, facts.healthProviderId, status, facts.jurisdiction, derived.firstSickDay, derived.recoveryDate],
  );
  const participants: CaseParticipant[] = [];
  if (facts.userId) participants.push({ userId: facts.userId, role: 'EMPLOYEE' });
  if (facts.managerUserId) participants.push({ userId: facts.managerUserId, role: 'MANAGER' });
  await recordEvent<CaseOpened>(manager, {
    type: 'case.opened',
    aggregateId: caseId,
    organizationId: facts.organizationId,
    payload: {
      caseId,
      organizationId: facts.organizationId,
      healthProviderId: facts.healthProviderId,
      employeeId,
      departmentId: facts.departmentId,
      firstSickDay: derived.firstSickDay,
      jurisdiction: facts.jurisdiction,
      status,
      participants,
    },
  });
}

async function moveCase(manager: EntityManager, current: ExistingCase, derived: DerivedCase, organizationId: string) {
  const status = nextStatus(current.status, derived);
  const unchanged = status === current.status && derived.firstSickDay === current.firstSickDay && derived.recoveryDate === current.recoveryDate;
  if (unchanged) return;
  await manager.query(`UPDATE cases SET status = $2, first_sick_day = $3, recovery_date = $4, version = version + 1 WHERE id = $1`, [
    current.id,
    status,
    derived.firstSickDay,
    derived.recoveryDate,
  ]);
  await recordEvent<CaseStatusChanged>(manager, {
    type: 'case.status-changed',
    aggregateId: current.id,
    organizationId,
    payload: { caseId: current.id, status, recoveryDate: derived.recoveryDate },
  });
}

async function publishReport(manager: EntityManager, report: StoredSickReport & { caseId: string }, facts: EmployeeFacts, relapse: boolean) {
  await recordEvent<SickReportRecorded>(manager, {
    type: 'absence.report-recorded',
    aggregateId: report.id,
    organizationId: facts.organizationId,
    payload: {
      reportId: report.id,
      caseId: report.caseId,
      employeeId: report.employeeId,
      organizationId: facts.organizationId,
      departmentId: facts.departmentId,
      firstSickDay: report.firstSickDay,
      recoveryDate: report.recoveryDate,
      intervals: report.intervals,
      relapse,
      occupationalAccident: report.occupationalAccident,
    },
  });
}
