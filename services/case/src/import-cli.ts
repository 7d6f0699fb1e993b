import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger, printToolProblem, printToolResult, readServiceConfig } from '@terugkeer/service-kit';
import { createCaseDataSource } from './entities';
import { importOrganization, ImportRejected, organizationIdByName } from './modules/import/import.service';
import { progressBars, stepTimes } from './modules/import/import-progress';
import { formatProblem, type ImportFile, type ImportProblem } from './modules/import/import-rows';
import { parseCsv, planImport } from './modules/import/plan-import';

const log = createLogger('case', { destination: 'stderr' }).child({ tool: 'import' });
const USAGE =
  'Usage: import --organization "<name>" --employees <employees.csv> --absences <absences.csv> [--case-manager-email <email>] [--full-time-hours 40]';

function fail(message: string, problems: ImportProblem[] = [], files: Record<ImportFile, string> = { employees: 'employees', absences: 'absences' }): never {
  for (const problem of problems) printToolProblem(formatProblem(problem, files[problem.file]));
  printToolProblem(message);
  printToolResult({ ok: false, problems: problems.length, message });
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

  const started = performance.now();
  const employeesCsv = parseCsv(readFileSync(values.employees));
  const absencesCsv = parseCsv(readFileSync(values.absences));

  const dataSource = await createCaseDataSource(readServiceConfig('case').databaseUrl).initialize();
  try {
    const organizationId = await organizationIdByName(dataSource, values.organization.trim());
    const planned = await planImport(dataSource, organizationId, employeesCsv, absencesCsv);
    if (planned.problems) fail('Nothing was imported.', planned.problems, files);
    const checked = performance.now();

    const steps = stepTimes(progressBars(absencesCsv.records.length + employeesCsv.records.length));
    const summary = await importOrganization(
      dataSource,
      { organizationName: values.organization.trim(), fullTimeHours, caseManagerEmail: values['case-manager-email']?.trim().toLowerCase() || null },
      planned.plan,
      steps.progress,
    );
    const seconds = { checks: Math.round(checked - started) / 1000, ...steps.seconds(), total: Math.round(performance.now() - started) / 1000 };
    printToolResult(
      { ok: true, ...summary, seconds },
      `Imported ${values.organization}: employees ${summary.employees.created} new, ${summary.employees.updated} changed, ${summary.employees.unchanged} unchanged; ` +
        `sick reports ${summary.sickReports.created} new, ${summary.sickReports.updated} changed, ${summary.sickReports.unchanged} unchanged; ${summary.cases} cases.`,
    );
  } catch (error) {
    if (error instanceof ImportRejected) fail('Nothing was imported.', error.problems, files);
    throw error;
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  log.error({ err: error }, 'the import failed');
  printToolResult({ ok: false, message: 'The import failed; nothing was imported.' });
  process.exit(1);
});
