import { absenceDays } from '@terugkeer/domain';
import type { Queryable } from '@terugkeer/service-kit';
import { DirectoryRepository } from '../directory/directory.repository';
import { AbsenceDaysRepository } from './absence-days.repository';
import { SickReportRepository } from './sick-report.repository';

const BATCH = 1_000;

async function refreshEmployees(db: Queryable, employeeIds: string[]): Promise<void> {
  const employees = await new DirectoryRepository(db).contractsOfEmployees(employeeIds);
  const reports = await new SickReportRepository(db).ofEmployees(employeeIds);
  const reportsOf = new Map<string, typeof reports>();
  for (const report of reports) reportsOf.set(report.personId, [...(reportsOf.get(report.personId) ?? []), report]);
  await new AbsenceDaysRepository(db).replace(
    employeeIds,
    employees.map((employee) => ({ organizationId: employee.organizationId, ...absenceDays(employee.employment, reportsOf.get(employee.employeeId) ?? []) })),
  );
}

/**
 * Recomputes the absence days of these employees (null: of everyone, in batches) from their
 * contracts and sick reports, after either changed. Without a contract there is nothing to count.
 */
export async function refreshAbsenceDays(db: Queryable, employeeIds: string[] | null): Promise<void> {
  if (employeeIds !== null) return refreshEmployees(db, employeeIds);
  const directory = new DirectoryRepository(db);
  for (let batch = await directory.employeeIdsAfter(null, BATCH); batch.length > 0; batch = await directory.employeeIdsAfter(batch[batch.length - 1], BATCH)) {
    await refreshEmployees(db, batch);
  }
}

/** A removed report's employee, found through the report, since the removal does not name them. */
export async function refreshAbsenceDaysOfReport(db: Queryable, reportId: string): Promise<void> {
  const employeeId = await new SickReportRepository(db).employeeOf(reportId);
  if (employeeId !== null) await refreshEmployees(db, [employeeId]);
}
