import { CASE_RULES_BY_JURISDICTION, deriveCases, required } from '@terugkeer/domain';
import type { SickReportRecorded } from '@terugkeer/events';
import { recordEvent } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CaseRepository } from '../case/case.repository';
import { moveCase, openCase } from '../case/case.service';
import { EmployeeRepository, type EmployeeCaseFacts } from '../directory/employee.repository';
import { publishTimelines } from '../timeline/timeline-events';
import { SickReportRepository, type StoredSickReport } from './sick-report.repository';

/**
 * Re-derives an employee's cases from all their sick reports under the grouping rules of the
 * organization's jurisdiction (`CASE_RULES_BY_JURISDICTION`), in the caller's transaction: new
 * cases are opened, existing ones keep their id and move with their reports, and every
 * change is published. `changedReportIds` are the reports this change touched.
 */
export async function reconcileEmployeeCases(manager: EntityManager, employeeId: string, changedReportIds: readonly string[]): Promise<string[]> {
  const repository = new SickReportRepository(manager);
  const reports = await repository.ofEmployee(employeeId, true);
  const facts = await new EmployeeRepository().caseFacts(manager, employeeId);
  const existing = await new CaseRepository().spansOfEmployee(manager, employeeId);
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

async function publishReport(manager: EntityManager, report: StoredSickReport & { caseId: string }, facts: EmployeeCaseFacts, relapse: boolean) {
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
      pregnancyRelated: report.safetyNetGround === 'PREGNANCY',
    },
  });
}
