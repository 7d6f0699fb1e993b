import { CASE_RULES_BY_JURISDICTION, deriveCases, required } from '@terugkeer/domain';
import type { SickReportRecorded } from '@terugkeer/events';
import { recordEvents, type NewEvent } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CaseRepository } from '../case/case.repository';
import { moveCase, openCases, type CaseToOpen } from '../case/case.service';
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
  return reconcileCasesOfEmployees(manager, new Map([[employeeId, changedReportIds]]));
}

/**
 * `reconcileEmployeeCases` for many employees at once (the import), in a number of
 * statements that does not grow with them: `changed` maps each employee to the reports
 * the change touched.
 */
export async function reconcileCasesOfEmployees(manager: EntityManager, changed: ReadonlyMap<string, readonly string[]>): Promise<string[]> {
  const employeeIds = [...changed.keys()];
  const repository = new SickReportRepository(manager);
  const reportsByEmployee = groupBy(await repository.ofEmployees(employeeIds, true), (report) => report.employeeId);
  const factsByEmployee = await new EmployeeRepository().caseFactsOfEmployees(manager, employeeIds);
  const spansByEmployee = groupBy(await new CaseRepository().spansOfEmployees(manager, employeeIds), (span) => span.employeeId);
  const touchedCases: string[] = [];
  const toOpen: CaseToOpen[] = [];
  const links: { reportId: string; caseId: string }[] = [];
  const published: { report: StoredSickReport & { caseId: string }; facts: EmployeeCaseFacts; relapse: boolean }[] = [];

  for (const [employeeId, changedReportIds] of changed) {
    const reports = reportsByEmployee.get(employeeId) ?? [];
    const facts = required(factsByEmployee.get(employeeId), `the case facts of employee ${employeeId}`);
    const existing = spansByEmployee.get(employeeId) ?? [];
    const byId = new Map(reports.map((report) => [report.id, report]));
    for (const derived of deriveCases(reports, CASE_RULES_BY_JURISDICTION[facts.jurisdiction])) {
      const caseReports = derived.reportIds.map((id) => required(byId.get(id), `sick report ${id} of the derived case`));
      const current = existing.find((c) => caseReports.some((r) => r.caseId === c.id));
      const caseId = current?.id ?? randomUUID();
      const touched = caseReports.some((r) => changedReportIds.includes(r.id) || r.caseId !== caseId);
      if (!current) toOpen.push({ caseId, employeeId, facts, derived });
      else await moveCase(manager, current, derived, facts.organizationId);
      for (const report of caseReports) if (report.caseId !== caseId) links.push({ reportId: report.id, caseId });
      for (const report of caseReports.filter((r) => changedReportIds.includes(r.id))) {
        published.push({ report: { ...report, caseId }, facts, relapse: derived.relapseReportIds.includes(report.id) });
      }
      if (touched || !current) touchedCases.push(caseId);
    }
  }
  await openCases(manager, toOpen);
  await repository.linkManyToCases(links);
  await recordEvents<SickReportRecorded>(manager, published.map(reportRecorded));
  await publishTimelines(manager, touchedCases);
  return touchedCases;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function reportRecorded({ report, facts, relapse }: { report: StoredSickReport & { caseId: string }; facts: EmployeeCaseFacts; relapse: boolean }) {
  const event: NewEvent<SickReportRecorded> = {
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
  };
  return event;
}
