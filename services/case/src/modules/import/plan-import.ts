import { parse } from 'csv-parse/sync';
import type { Queryable } from '@terugkeer/service-kit';
import { EmployeeRepository } from '../directory/employee.repository';
import {
  ABSENCE_COLUMNS,
  EMPLOYEE_COLUMNS,
  missingColumns,
  readAbsences,
  readEmployees,
  type CsvRecord,
  type ImportPlan,
  type ImportProblem,
} from './import-rows';

export interface ParsedCsv {
  header: string[];
  records: CsvRecord[];
}

/** A CSV file as header and records, each with the line it ends on; column names lower-cased. */
export function parseCsv(text: string | Buffer): ParsedCsv {
  const rows: { record: Record<string, string>; info: { lines: number } }[] = parse(text, {
    columns: (header: string[]) => header.map((column) => column.trim().toLowerCase()),
    info: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
  });
  const firstLine = text.toString().split(/\r?\n/)[0] ?? '';
  const header = rows.length ? Object.keys(rows[0].record) : firstLine.split(',').map((column) => column.trim().toLowerCase());
  return { header, records: rows.map(({ record, info }) => ({ line: info.lines, values: record })) };
}

export type PlannedImport = { plan: ImportPlan; problems?: undefined } | { plan?: undefined; problems: ImportProblem[] };

/**
 * Checks both files completely before anything is written: the columns, then every row,
 * with employee numbers already stored for the organization counting as known.
 */
export async function planImport(db: Queryable, organizationId: string | null, employeesCsv: ParsedCsv, absencesCsv: ParsedCsv): Promise<PlannedImport> {
  const problems = [...missingColumns('employees', employeesCsv.header, EMPLOYEE_COLUMNS), ...missingColumns('absences', absencesCsv.header, ABSENCE_COLUMNS)];
  if (problems.length) return { problems };
  const stored = organizationId ? await new EmployeeRepository().numbersAndIds(db, organizationId) : [];
  const employees = readEmployees(employeesCsv.records, problems);
  const known = new Set([...employees.map((e) => e.employeeNumber), ...stored.map((s) => s.employeeNumber)]);
  const reports = readAbsences(absencesCsv.records, known, problems);
  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? 1 : -1));
  return problems.length ? { problems } : { plan: { employees, reports } };
}
