import { required, validateReportSequence, type AbsenceInterval } from '@terugkeer/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { reconcileEmployeeCases } from '../absence/case-reconciliation';
import { SickReportRepository, type StoredSickReport } from '../absence/sick-report.repository';
import { appendAudit } from '../audit';
import { publishDepartment, publishEmployee, publishOrganization } from '../directory/directory-events';
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

/** A problem found only against what is stored: the import stops and nothing is written. */
export class ImportRejected extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(`${problems.length} problem(s) in the import`);
  }
}

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
export async function importOrganization(dataSource: DataSource, options: ImportOptions, plan: ImportPlan): Promise<ImportSummary> {
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
    const stored: { employee_number: string; id: string }[] = await manager.query(`SELECT employee_number, id FROM employees WHERE organization_id = $1`, [
      organizationId,
    ]);
    for (const { employee_number: number, id } of stored) if (!employeeIds.has(number)) employeeIds.set(number, id);

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
    const [{ cases }] = await manager.query(`SELECT count(*)::int AS cases FROM cases WHERE organization_id = $1`, [organizationId]);
    return { organizationId, organizationCreated, caseManagerCreated, employees, sickReports, cases };
  });
}

async function upsertOrganization(manager: EntityManager, options: ImportOptions) {
  const [found] = await manager.query(`SELECT id, full_time_hours FROM organizations WHERE name = $1`, [options.organizationName]);
  if (found) {
    if (found.full_time_hours !== options.fullTimeHours) {
      await manager.query(`UPDATE organizations SET full_time_hours = $2 WHERE id = $1`, [found.id, options.fullTimeHours]);
      await publishOrganization(manager, found.id);
    }
    return { organizationId: found.id as string, created: false };
  }
  const organizationId = randomUUID();
  await manager.query(`INSERT INTO organizations (id, name, full_time_hours) VALUES ($1, $2, $3)`, [
    organizationId,
    options.organizationName,
    options.fullTimeHours,
  ]);
  await publishOrganization(manager, organizationId);
  return { organizationId, created: true };
}

async function ensureCaseManager(manager: EntityManager, organizationId: string, email: string): Promise<boolean> {
  const [user] = await manager.query(`SELECT id FROM users WHERE email = $1`, [email]);
  const userId: string = user?.id ?? randomUUID();
  if (!user) await manager.query(`INSERT INTO users (id, email, name) VALUES ($1, $2, $3)`, [userId, email, email.split('@')[0]]);
  const inserted: unknown[] = await manager.query(
    `INSERT INTO memberships (id, user_id, role, organization_id)
     SELECT $1, $2, 'CASE_MANAGER', $3
      WHERE NOT EXISTS (SELECT 1 FROM memberships WHERE user_id = $2 AND role = 'CASE_MANAGER' AND organization_id = $3)
     RETURNING 1`,
    [randomUUID(), userId, organizationId],
  );
  return inserted.length > 0;
}

async function upsertDepartments(manager: EntityManager, organizationId: string, employees: ImportedEmployee[]): Promise<Map<string, string>> {
  const names = [...new Set(employees.map((e) => e.department).filter((d): d is string => d !== null))];
  const ids = new Map<string, string>();
  for (const name of names) {
    const [found] = await manager.query(`SELECT id FROM departments WHERE organization_id = $1 AND name = $2`, [organizationId, name]);
    if (found) {
      ids.set(name, found.id);
      continue;
    }
    const id = randomUUID();
    await manager.query(`INSERT INTO departments (id, organization_id, name) VALUES ($1, $2, $3)`, [id, organizationId, name]);
    await publishDepartment(manager, id);
    ids.set(name, id);
  }
  return ids;
}

async function upsertEmployee(manager: EntityManager, organizationId: string, employee: ImportedEmployee, departments: Map<string, string>) {
  const departmentId = employee.department ? required(departments.get(employee.department), `department ${employee.department}`) : null;
  const [found] = await manager.query(`SELECT id, name, email, department_id FROM employees WHERE organization_id = $1 AND employee_number = $2`, [
    organizationId,
    employee.employeeNumber,
  ]);
  const id: string = found?.id ?? randomUUID();
  let change: keyof Tally = 'unchanged';
  if (!found) {
    await manager.query(`INSERT INTO employees (id, organization_id, employee_number, name, email, department_id) VALUES ($1, $2, $3, $4, $5, $6)`, [
      id,
      organizationId,
      employee.employeeNumber,
      employee.name,
      employee.email,
      departmentId,
    ]);
    change = 'created';
  } else if (found.name !== employee.name || found.email !== employee.email || found.department_id !== departmentId) {
    await manager.query(`UPDATE employees SET name = $2, email = $3, department_id = $4 WHERE id = $1`, [id, employee.name, employee.email, departmentId]);
    change = 'updated';
  }
  const stored: ImportedContract[] = await manager.query(
    `SELECT start_date AS "from", end_date AS "to", hours_per_week::float AS "hoursPerWeek" FROM contracts WHERE employee_id = $1 ORDER BY start_date`,
    [id],
  );
  if (!sameContracts(stored, employee.contracts)) {
    await manager.query(`DELETE FROM contracts WHERE employee_id = $1`, [id]);
    for (const contract of employee.contracts) {
      await manager.query(`INSERT INTO contracts (id, employee_id, start_date, end_date, hours_per_week) VALUES ($1, $2, $3, $4, $5)`, [
        randomUUID(),
        id,
        contract.from,
        contract.to,
        contract.hoursPerWeek,
      ]);
    }
    if (change === 'unchanged') change = 'updated';
  }
  return { id, change };
}
