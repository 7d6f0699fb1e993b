import { required, validateReportSequence, type AbsenceInterval } from '@terugkeer/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { reconcileEmployeeCases } from '../absence/case-reconciliation';
import { SickReportRepository, type StoredSickReport } from '../absence/sick-report.repository';
import { appendAudit } from '../audit';
import { CaseRepository } from '../case/case.repository';
import { publishDepartment, publishEmployee, publishOrganization } from '../directory/directory-events';
import { DirectoryRepository } from '../directory/directory.repository';
import { EmployeeRepository } from '../directory/employee.repository';
import { importProblem } from './import-problems';
import type { ImportedContract, ImportedEmployee, ImportPlan, ImportProblem } from './import-rows';

export interface ImportOptions {
  organizationName: string;
  fullTimeHours: number;
  caseManagerEmail: string | null;
  /** Who imports, for the audit log; the command line imports as the system. */
  actor?: { userId: string; role: 'CASE_MANAGER' };
}

interface Tally {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary {
  organizationId: string;
  organizationCreated: boolean;
  caseManagerCreated: boolean;
  employees: Tally;
  sickReports: Tally;
  cases: number;
}

/** Told how far each step of a long import is, for a progress bar. */
export type ImportProgress = (step: ImportStep, done: number, total: number) => void;
export type ImportStep = 'employees' | 'sick reports' | 'cases';

/** A problem found only against what is stored: the import stops and nothing is written. */
export class ImportRejected extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(`${problems.length} problem(s) in the import`);
  }
}

const directory = new DirectoryRepository();
const employeeRepository = new EmployeeRepository();

const tally = (): Tally => ({ created: 0, updated: 0, unchanged: 0 });
const sameContracts = (a: ImportedContract[], b: ImportedContract[]) => JSON.stringify(a) === JSON.stringify(b);
const sameAbsence = (a: { firstSickDay: string; recoveryDate: string | null; intervals: AbsenceInterval[] }, b: typeof a) =>
  a.firstSickDay === b.firstSickDay && a.recoveryDate === b.recoveryDate && JSON.stringify(a.intervals) === JSON.stringify(b.intervals);

/**
 * Writes a validated import in one transaction: the organization and its case manager when
 * missing, departments, employees with their contract history, and sick reports, whose
 * cases are then derived as the API derives them. Upserts by employee and report number,
 * so a second run changes nothing and publishes nothing.
 */
export async function importOrganization(
  dataSource: DataSource,
  options: ImportOptions,
  plan: ImportPlan,
  progress: ImportProgress = () => undefined,
): Promise<ImportSummary> {
  return dataSource.transaction(async (manager) => {
    const { organizationId, created: organizationCreated } = await upsertOrganization(manager, options);
    const caseManagerCreated = options.caseManagerEmail ? await ensureCaseManager(manager, organizationId, options.caseManagerEmail) : false;
    const departments = await upsertDepartments(manager, organizationId, plan.employees);
    const employees = tally();
    const employeeIds = new Map<string, string>();
    for (const employee of plan.employees) {
      const { id, change } = await upsertEmployee(manager, organizationId, employee, departments);
      employees[change] += 1;
      employeeIds.set(employee.employeeNumber, id);
      if (change !== 'unchanged') await publishEmployee(manager, id);
    }
    for (const { employeeNumber, id } of await employeeRepository.numbersAndIds(manager, organizationId)) {
      if (!employeeIds.has(employeeNumber)) employeeIds.set(employeeNumber, id);
    }

    const sickReports = tally();
    const changedByEmployee = new Map<string, string[]>();
    const repository = new SickReportRepository(manager);
    const problems: ImportProblem[] = [];
    for (const report of plan.reports) {
      const employeeId = required(employeeIds.get(report.employeeNumber), `the employee numbered ${report.employeeNumber}`);
      const stored: StoredSickReport[] = await repository.ofEmployee(employeeId, true);
      const existing = stored.find((r) => r.reportNumber === report.reportNumber);
      const others = stored.filter(
        (r) =>
          r.reportNumber !== report.reportNumber && !plan.reports.some((p) => p.employeeNumber === report.employeeNumber && p.reportNumber === r.reportNumber),
      );
      if (validateReportSequence([...others, { ...report, id: existing?.id ?? 'new' }]).length) {
        problems.push(importProblem({ file: 'absences', line: report.line, field: 'start_date' }, 'RECORDED_REPORT_OVERLAP'));
        continue;
      }
      const reportId = existing?.id ?? randomUUID();
      if (!existing) {
        await repository.insert(
          {
            id: reportId,
            employeeId,
            reportNumber: report.reportNumber,
            firstSickDay: report.firstSickDay,
            recoveryDate: report.recoveryDate,
            intervals: report.intervals,
            contactDetails: null,
            expectedDuration: null,
            workToTakeOver: null,
            occupationalAccident: false,
            liableThirdParty: false,
            safetyNet: false,
          },
          null,
        );
        sickReports.created += 1;
      } else if (!sameAbsence(existing, report)) {
        await repository.updateAbsence(existing.id, existing.version, report);
        sickReports.updated += 1;
      } else {
        sickReports.unchanged += 1;
        continue;
      }
      changedByEmployee.set(employeeId, [...(changedByEmployee.get(employeeId) ?? []), reportId]);
    }
    if (problems.length) throw new ImportRejected(problems);
    for (const [employeeId, reportIds] of changedByEmployee) await reconcileEmployeeCases(manager, employeeId, reportIds);

    const changed = organizationCreated || employees.created + employees.updated + sickReports.created + sickReports.updated > 0;
    if (changed) {
      await appendAudit(manager, {
        actorUserId: options.actor?.userId ?? null,
        actorRole: options.actor?.role ?? 'SYSTEM',
        organizationId,
        subjectEmployeeId: null,
        caseId: null,
        action: 'IMPORT',
        dataClass: 'DIRECTORY',
        recordId: organizationId,
        detail: { employees, sickReports },
      });
    }
    const cases = await new CaseRepository().countOfOrganization(manager, organizationId);
    return { organizationId, organizationCreated, caseManagerCreated, employees, sickReports, cases };
  });
}

async function upsertOrganization(manager: EntityManager, options: ImportOptions) {
  const found = await directory.organizationByName(manager, options.organizationName);
  if (found) {
    if (found.fullTimeHours !== options.fullTimeHours) {
      await directory.setFullTimeHours(manager, found.id, options.fullTimeHours);
      await publishOrganization(manager, found.id);
    }
    return { organizationId: found.id, created: false };
  }
  const organizationId = randomUUID();
  await directory.insertOrganization(manager, organizationId, options.organizationName, options.fullTimeHours);
  await publishOrganization(manager, organizationId);
  return { organizationId, created: true };
}

async function ensureCaseManager(manager: EntityManager, organizationId: string, email: string): Promise<boolean> {
  const userId = await directory.ensureUser(manager, email);
  return directory.addCaseManager(manager, userId, organizationId);
}

async function upsertDepartments(manager: EntityManager, organizationId: string, employees: ImportedEmployee[]): Promise<Map<string, string>> {
  const names = [...new Set(employees.map((e) => e.department).filter((d): d is string => d !== null))];
  const ids = new Map<string, string>();
  for (const name of names) {
    const found = await directory.departmentId(manager, organizationId, name);
    if (found) {
      ids.set(name, found);
      continue;
    }
    const id = await directory.insertDepartment(manager, organizationId, name);
    await publishDepartment(manager, id);
    ids.set(name, id);
  }
  return ids;
}

async function upsertEmployee(manager: EntityManager, organizationId: string, employee: ImportedEmployee, departments: Map<string, string>) {
  const departmentId = employee.department ? required(departments.get(employee.department), `department ${employee.department}`) : null;
  const fields = { name: employee.name, email: employee.email, departmentId };
  const found = await employeeRepository.byNumberFields(manager, organizationId, employee.employeeNumber);
  let change: keyof Tally = 'unchanged';
  let id: string;
  if (!found) {
    id = await employeeRepository.insert(manager, organizationId, employee.employeeNumber, fields);
    change = 'created';
  } else {
    id = found.id;
    if (found.name !== employee.name || found.email !== employee.email || found.departmentId !== departmentId) {
      await employeeRepository.update(manager, id, fields);
      change = 'updated';
    }
  }
  const stored: ImportedContract[] = await employeeRepository.contracts(manager, id);
  if (!sameContracts(stored, employee.contracts)) {
    await employeeRepository.replaceContracts(manager, id, employee.contracts);
    if (change === 'unchanged') change = 'updated';
  }
  return { id, change };
}

/** The id of the organization with this name, when there is one. */
export async function organizationIdByName(dataSource: DataSource, name: string): Promise<string | null> {
  return (await directory.organizationByName(dataSource, name))?.id ?? null;
}

/** Imports into an existing organization, keeping its name and full-time hours, as its case manager. */
export async function importIntoOrganization(dataSource: DataSource, organizationId: string, actorUserId: string, plan: ImportPlan): Promise<ImportSummary> {
  const organization = required(await directory.organizationNameAndHours(dataSource, organizationId), `organization ${organizationId}`);
  return importOrganization(
    dataSource,
    {
      organizationName: organization.name,
      fullTimeHours: organization.fullTimeHours,
      caseManagerEmail: null,
      actor: { userId: actorUserId, role: 'CASE_MANAGER' },
    },
    plan,
  );
}
