import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { readServiceConfig } from '@terugkeer/service-kit';
import { createCaseDataSource } from './entities';
import { importOrganization, ImportRejected } from './modules/import/import-organization';
import {
  ABSENCE_COLUMNS,
  EMPLOYEE_COLUMNS,
  formatProblem,
  missingColumns,
  readAbsences,
  readEmployees,
  type CsvRecord,
  type ImportFile,
  type ImportProblem,
} from './modules/import/import-rows';

const USAGE = 'Usage: import --organization "<name>" --employees <employees.csv> --absences <absences.csv> [--case-manager-email <email>] [--full-time-hours 40]';

function readCsv(path: string): { header: string[]; records: CsvRecord[] } {
  const rows: { record: Record<string, string>; info: { lines: number } }[] = parse(readFileSync(path), {
    columns: (header: string[]) => header.map((column) => column.trim().toLowerCase()),
    info: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
  });
  const header = rows.length ? Object.keys(rows[0].record) : (readFileSync(path, 'utf8').split(/\r?\n/)[0] ?? '').split(',').map((c) => c.trim().toLowerCase());
  return { header, records: rows.map(({ record, info }) => ({ line: info.lines, values: record })) };
}

function fail(message: string, problems: ImportProblem[] = [], files: Record<ImportFile, string> = { employees: 'employees', absences: 'absences' }): never {
  for (const problem of problems) console.error(formatProblem(problem, files[problem.file]));
  console.error(message);
  console.log(JSON.stringify({ ok: false, problems: problems.length, message }));
  process.exit(1);
}

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      organization: { type: 'string' },
      employees: { type: 'string' },
      absences: { type: 'string' },
      'case-manager-email': { type: 'string' },
      'full-time-hours': { type: 'string', default: '40' },
    },
  });
  if (!values.organization?.trim() || !values.employees || !values.absences) fail(USAGE);
  const fullTimeHours = Number(values['full-time-hours']);
  if (!Number.isInteger(fullTimeHours) || fullTimeHours < 1 || fullTimeHours > 60) fail('--full-time-hours must be a whole number from 1 to 60');
  const files = { employees: basename(values.employees), absences: basename(values.absences) };

  const employeesCsv = readCsv(values.employees);
  const absencesCsv = readCsv(values.absences);
  const problems = [...missingColumns('employees', employeesCsv.header, EMPLOYEE_COLUMNS), ...missingColumns('absences', absencesCsv.header, ABSENCE_COLUMNS)];
  if (problems.length) fail('Nothing was imported.', problems, files);

  const dataSource = await createCaseDataSource(readServiceConfig('case').databaseUrl).initialize();
  try {
    const [organization] = await dataSource.query(`SELECT id FROM organizations WHERE name = $1`, [values.organization.trim()]);
    const stored: { employee_number: string }[] = organization
      ? await dataSource.query(`SELECT employee_number FROM employees WHERE organization_id = $1`, [organization.id])
      : [];
    const employees = readEmployees(employeesCsv.records, problems);
    const known = new Set([...employees.map((e) => e.employeeNumber), ...stored.map((s) => s.employee_number)]);
    const reports = readAbsences(absencesCsv.records, known, problems);
    problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? 1 : -1));
    if (problems.length) fail('Nothing was imported.', problems, files);

    const summary = await importOrganization(
      dataSource,
      { organizationName: values.organization.trim(), fullTimeHours, caseManagerEmail: values['case-manager-email']?.trim().toLowerCase() || null },
      { employees, reports },
    );
    console.log(
      `Imported ${values.organization}: employees ${summary.employees.created} new, ${summary.employees.updated} changed, ${summary.employees.unchanged} unchanged; ` +
        `sick reports ${summary.sickReports.created} new, ${summary.sickReports.updated} changed, ${summary.sickReports.unchanged} unchanged; ${summary.cases} cases.`,
    );
    console.log(JSON.stringify({ ok: true, ...summary }));
  } catch (error) {
    if (error instanceof ImportRejected) fail('Nothing was imported.', error.problems, files);
    throw error;
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  console.log(JSON.stringify({ ok: false, message: 'The import failed; nothing was imported.' }));
  process.exit(1);
});
