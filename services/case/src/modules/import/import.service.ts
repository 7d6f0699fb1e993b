import { required, validateReportSequence, type AbsenceInterval } from '@terugkeer/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { reconcileCasesOfEmployees } from '../absence/case-reconciliation';
import { SickReportRepository, type NewSickReport, type StoredSickReport } from '../absence/sick-report.repository';
import { appendAudit } from '../audit';
import { CaseRepository } from '../case/case.repository';
import { publishDepartment, publishEmployees, publishOrganization } from '../directory/directory-events';
import { DirectoryRepository } from '../directory/directory.repository';
import { EmployeeRepository, type EmployeeFields } from '../directory/employee.repository';
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

/** Cases are derived and written for this many employees at a time: a few statements each, bounded memory, a moving progress bar. */
const EMPLOYEES_PER_RECONCILIATION = 2000;

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
    const { employees, employeeIds } = await upsertEmployees(manager, organizationId, plan.employees, departments, progress);
    const { sickReports, changedByEmployee } = await writeSickReports(manager, plan, employeeIds, progress);
    const changedEmployees = [...changedByEmployee];
    progress('cases', 0, changedEmployees.length);
    for (let start = 0; start < changedEmployees.length; start += EMPLOYEES_PER_RECONCILIATION) {
      await reconcileCasesOfEmployees(manager, new Map(changedEmployees.slice(start, start + EMPLOYEES_PER_RECONCILIATION)));
      progress('cases', Math.min(start + EMPLOYEES_PER_RECONCILIATION, changedEmployees.length), changedEmployees.length);
    }

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

/**
 * Employees and their contracts against what is stored, read and written in a handful of
 * statements whatever their number; every new or changed employee is published.
 */
async function upsertEmployees(
  manager: EntityManager,
  organizationId: string,
  imported: readonly ImportedEmployee[],
  departments: Map<string, string>,
  progress: ImportProgress,
) {
  const employees = tally();
  const stored = await employeeRepository.fieldsOfOrganization(manager, organizationId);
  const storedContracts = await employeeRepository.contractsOfEmployees(
    manager,
    [...stored.values()].map((employee) => employee.id),
  );
  const employeeIds = new Map([...stored].map(([employeeNumber, { id }]) => [employeeNumber, id]));
  const inserts: (EmployeeFields & { id: string; employeeNumber: string })[] = [];
  const contracts = new Map<string, ImportedContract[]>();
  const published: string[] = [];
  progress('employees', 0, imported.length);
  for (const [index, employee] of imported.entries()) {
    const departmentId = employee.department ? required(departments.get(employee.department), `department ${employee.department}`) : null;
    const fields = { name: employee.name, email: employee.email, departmentId };
    const found = stored.get(employee.employeeNumber);
    let change: keyof Tally = 'unchanged';
    const id = found?.id ?? randomUUID();
    if (!found) {
      inserts.push({ id, employeeNumber: employee.employeeNumber, ...fields });
      change = 'created';
    } else if (found.name !== employee.name || found.email !== employee.email || found.departmentId !== departmentId) {
      await employeeRepository.update(manager, id, fields);
      change = 'updated';
    }
    if (!sameContracts(storedContracts.get(id) ?? [], employee.contracts)) {
      contracts.set(id, employee.contracts);
      if (change === 'unchanged') change = 'updated';
    }
    employees[change] += 1;
    employeeIds.set(employee.employeeNumber, id);
    if (change !== 'unchanged') published.push(id);
    progress('employees', index, imported.length);
  }
  await employeeRepository.insertMany(manager, organizationId, inserts);
  await employeeRepository.replaceContractsOfEmployees(manager, contracts);
  await publishEmployees(manager, published);
  // Done once written: the bar's time is the step's.
  progress('employees', imported.length, imported.length);
  return { employees, employeeIds };
}

/**
 * Sick reports against the employees' stored ones: each checked against the others as the
 * API checks one; new ones written together. Any problem rejects the whole import.
 */
async function writeSickReports(manager: EntityManager, plan: ImportPlan, employeeIds: Map<string, string>, progress: ImportProgress) {
  const sickReports = tally();
  const changedByEmployee = new Map<string, string[]>();
  const repository = new SickReportRepository(manager);
  const reportedEmployees = [
    ...new Set(plan.reports.map((report) => required(employeeIds.get(report.employeeNumber), `the employee numbered ${report.employeeNumber}`))),
  ];
  const storedByEmployee = new Map<string, StoredSickReport[]>();
  for (const report of await repository.ofEmployees(reportedEmployees, true)) {
    storedByEmployee.set(report.employeeId, [...(storedByEmployee.get(report.employeeId) ?? []), report]);
  }
  const importedNumbers = new Set(plan.reports.map((report) => `${report.employeeNumber}\u0000${report.reportNumber}`));
  const inserts: NewSickReport[] = [];
  const problems: ImportProblem[] = [];
  progress('sick reports', 0, plan.reports.length);
  for (const [index, report] of plan.reports.entries()) {
    progress('sick reports', index, plan.reports.length);
    const employeeId = required(employeeIds.get(report.employeeNumber), `the employee numbered ${report.employeeNumber}`);
    const stored = storedByEmployee.get(employeeId) ?? [];
    const existing = stored.find((r) => r.reportNumber === report.reportNumber);
    const others = stored.filter((r) => r.reportNumber !== report.reportNumber && !importedNumbers.has(`${report.employeeNumber}\u0000${r.reportNumber}`));
    if (validateReportSequence([...others, { ...report, id: existing?.id ?? 'new' }]).length) {
      problems.push(importProblem({ file: 'absences', line: report.line, field: 'start_date' }, 'RECORDED_REPORT_OVERLAP'));
      continue;
    }
    const reportId = existing?.id ?? randomUUID();
    if (!existing) {
      inserts.push({
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
      });
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
  await repository.insertMany(inserts, null);
  progress('sick reports', plan.reports.length, plan.reports.length);
  return { sickReports, changedByEmployee };
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
