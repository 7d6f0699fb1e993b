import { addDays, isIsoDate, validateReportSequence, type AbsenceInterval, type IsoDate, type SickReport } from '@terugkeer/domain';

import { importProblem, type ImportFile, type ImportProblem } from './import-problems';

export type { ImportFile, ImportProblem } from './import-problems';

/** One CSV record with the line it ends on (1 is the header). */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

export const EMPLOYEE_COLUMNS = ['employee_number', 'name', 'email', 'department', 'start_date', 'end_date', 'hours_per_week'] as const;
export const ABSENCE_COLUMNS = ['employee_number', 'report_number', 'start_date', 'end_date', 'absence_percentage', 'therapeutic'] as const;

export interface ImportedContract {
  from: IsoDate;
  to: IsoDate | null;
  hoursPerWeek: number;
}

export interface ImportedEmployee {
  employeeNumber: string;
  name: string;
  email: string | null;
  department: string | null;
  contracts: ImportedContract[];
  line: number;
}

export interface ImportedReport extends SickReport {
  employeeNumber: string;
  reportNumber: string;
  line: number;
}

export interface ImportPlan {
  employees: ImportedEmployee[];
  reports: ImportedReport[];
}

const BOOLEAN: Record<string, boolean> = { true: true, false: false, '1': true, '0': false, yes: true, no: false, ja: true, nee: false, '': false };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function missingColumns(file: ImportFile, header: readonly string[], expected: readonly string[]): ImportProblem[] {
  const missing = expected.filter((column) => !header.includes(column));
  return missing.length ? [importProblem({ file, line: 1, field: 'header' }, 'MISSING_COLUMNS', missing.join(', '))] : [];
}

function readDate(problems: ImportProblem[], file: ImportFile, line: number, field: string, value: string, required: boolean): IsoDate | null {
  if (!value) {
    if (required) problems.push(importProblem({ file, line, field }, 'REQUIRED'));
    return null;
  }
  if (!isIsoDate(value)) {
    problems.push(importProblem({ file, line, field }, 'NOT_A_DATE', value));
    return null;
  }
  return value;
}

function readNumber(problems: ImportProblem[], file: ImportFile, line: number, field: string, value: string, min: number, max: number): number | null {
  const number = Number(value.replace(',', '.'));
  if (!value || !Number.isFinite(number) || number < min || number > max) {
    problems.push(importProblem({ file, line, field }, 'OUT_OF_RANGE', value, String(min), String(max)));
    return null;
  }
  return number;
}

/** Employees with their contract periods; every row is checked, every problem reported. */
export function readEmployees(records: readonly CsvRecord[], problems: ImportProblem[]): ImportedEmployee[] {
  const byNumber = new Map<string, ImportedEmployee>();
  for (const { line, values } of records) {
    const file = 'employees';
    const employeeNumber = values.employee_number;
    if (!employeeNumber) problems.push(importProblem({ file, line, field: 'employee_number' }, 'REQUIRED'));
    if (!values.name) problems.push(importProblem({ file, line, field: 'name' }, 'REQUIRED'));
    if (values.email && !EMAIL.test(values.email)) problems.push(importProblem({ file, line, field: 'email' }, 'NOT_AN_EMAIL', values.email));
    const from = readDate(problems, file, line, 'start_date', values.start_date, true);
    const to = readDate(problems, file, line, 'end_date', values.end_date, false);
    const hoursPerWeek = readNumber(problems, file, line, 'hours_per_week', values.hours_per_week, 1, 60);
    if (from && to && to < from) problems.push(importProblem({ file, line, field: 'end_date' }, 'BEFORE_START'));
    if (!employeeNumber || !from || hoursPerWeek === null) continue;
    const employee = byNumber.get(employeeNumber) ?? {
      employeeNumber,
      name: values.name,
      email: values.email || null,
      department: values.department || null,
      contracts: [],
      line,
    };
    if (employee.name !== values.name) problems.push(importProblem({ file, line, field: 'name' }, 'NAME_DIFFERS', String(employee.line)));
    const overlapping = employee.contracts.find((c) => from <= (c.to ?? '9999-12-31') && (to ?? '9999-12-31') >= c.from);
    if (overlapping) problems.push(importProblem({ file, line, field: 'start_date' }, 'CONTRACT_OVERLAP', overlapping.from));
    employee.contracts.push({ from, to, hoursPerWeek });
    employee.department = values.department || employee.department;
    byNumber.set(employeeNumber, employee);
  }
  for (const employee of byNumber.values()) employee.contracts.sort((a, b) => (a.from < b.from ? -1 : 1));
  return [...byNumber.values()];
}

/**
 * Sick reports from absence intervals: rows with one report_number form one report, each
 * row a percentage until its end_date (the last sick day at it); the recovery date is the
 * day after the last row's end_date, or none while it is empty.
 */
export function readAbsences(records: readonly CsvRecord[], knownEmployees: ReadonlySet<string>, problems: ImportProblem[]): ImportedReport[] {
  const file = 'absences';
  const rows = new Map<
    string,
    { line: number; employeeNumber: string; reportNumber: string; from: IsoDate; to: IsoDate | null; percentage: number; therapeutic: boolean }[]
  >();
  for (const { line, values } of records) {
    const employeeNumber = values.employee_number;
    if (!employeeNumber) problems.push(importProblem({ file, line, field: 'employee_number' }, 'REQUIRED'));
    else if (!knownEmployees.has(employeeNumber)) problems.push(importProblem({ file, line, field: 'employee_number' }, 'UNKNOWN_EMPLOYEE', employeeNumber));
    if (!values.report_number) problems.push(importProblem({ file, line, field: 'report_number' }, 'REQUIRED'));
    const from = readDate(problems, file, line, 'start_date', values.start_date, true);
    const to = readDate(problems, file, line, 'end_date', values.end_date, false);
    const percentage = readNumber(problems, file, line, 'absence_percentage', values.absence_percentage, 1, 100);
    const therapeutic = BOOLEAN[(values.therapeutic ?? '').toLowerCase()];
    if (therapeutic === undefined) problems.push(importProblem({ file, line, field: 'therapeutic' }, 'NOT_A_BOOLEAN', values.therapeutic));
    if (from && to && to < from) problems.push(importProblem({ file, line, field: 'end_date' }, 'BEFORE_START'));
    if (!employeeNumber || !values.report_number || !from || percentage === null || therapeutic === undefined) continue;
    const key = `${employeeNumber}\u0000${values.report_number}`;
    rows.set(key, [...(rows.get(key) ?? []), { line, employeeNumber, reportNumber: values.report_number, from, to, percentage, therapeutic }]);
  }

  const reports: ImportedReport[] = [];
  for (const intervals of rows.values()) {
    intervals.sort((a, b) => (a.from < b.from ? -1 : 1));
    let broken = false;
    intervals.forEach((row, i) => {
      const next = intervals[i + 1];
      if (!next) return;
      if (row.to === null) {
        problems.push(importProblem({ file, line: row.line, field: 'end_date' }, 'OPEN_ROW_NOT_LAST'));
        broken = true;
      } else if (next.from !== addDays(row.to, 1)) {
        problems.push(importProblem({ file, line: next.line, field: 'start_date' }, 'GAP_IN_REPORT', addDays(row.to, 1)));
        broken = true;
      }
    });
    if (broken) continue;
    const first = intervals[0];
    const last = intervals[intervals.length - 1];
    const absence: AbsenceInterval[] = intervals.map(({ from, percentage, therapeutic }) => ({ from, percentage, therapeutic }));
    reports.push({
      id: `${first.employeeNumber}/${first.reportNumber}`,
      employeeNumber: first.employeeNumber,
      reportNumber: first.reportNumber,
      firstSickDay: first.from,
      recoveryDate: last.to ? addDays(last.to, 1) : null,
      intervals: absence,
      line: first.line,
    });
  }

  const byEmployee = new Map<string, ImportedReport[]>();
  for (const report of reports) byEmployee.set(report.employeeNumber, [...(byEmployee.get(report.employeeNumber) ?? []), report]);
  for (const own of byEmployee.values()) {
    for (const violation of validateReportSequence(own)) {
      const index = Number(/reports\[(\d+)\]/.exec(violation.field)?.[1]);
      problems.push(importProblem({ file, line: own[index].line, field: 'start_date' }, 'REPORT_OVERLAP'));
    }
  }
  return reports;
}

export const formatProblem = (problem: ImportProblem, fileName: string) => `${fileName}:${problem.line}: ${problem.field}: ${problem.reason}`;
