import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger, printToolProblem, printToolResult, readServiceConfig } from '@terugkeer/service-kit';
import { createCaseDataSource } from './entities';
import { ABSENCE_COLUMNS, EMPLOYEE_COLUMNS } from './modules/import/import-rows';
import { progressBars } from './modules/import/import-progress';
import { importOrganization, organizationIdByName } from './modules/import/import.service';
import { parseCsv, planImport } from './modules/import/plan-import';
import { generateOrganization, toCsv } from './modules/scale-data/generate-organization';
import { writeDossiers, type DossierStep } from './modules/scale-data/write-dossiers';

const log = createLogger('case', { destination: 'stderr' }).child({ tool: 'generate' });
const USAGE =
  'Usage: generate --employees <N> --years <Y> [--organization "<name>"] [--seed 1] [--case-manager-email <email>] [--absence-rows <max>] [--csv-only <directory>]';

function fail(message: string): never {
  printToolProblem(message);
  printToolResult({ ok: false, message });
  process.exit(1);
}

/**
 * Fills the database with a generated organization through the import: the same parsing,
 * validation, transaction and case derivation as `import`; then, in a second transaction,
 * the dossiers of its long absences (plans of action with their build-up, check-ins) with
 * the events from which scheduling books the appointments. `--csv-only` writes the two
 * files instead, for the import benchmark.
 */
async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      employees: { type: 'string' },
      years: { type: 'string', default: '2' },
      organization: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'absence-rows': { type: 'string' },
      'csv-only': { type: 'string' },
      'case-manager-email': { type: 'string' },
    },
  });
  const employees = Number(values.employees);
  const years = Number(values.years);
  const seed = Number(values.seed);
  if (!Number.isInteger(employees) || employees < 1 || employees > 1_000_000) fail(`--employees must be a whole number from 1 to 1000000. ${USAGE}`);
  if (!Number.isFinite(years) || years <= 0 || years > 10) fail(`--years must be a number above 0 and at most 10. ${USAGE}`);
  if (!Number.isInteger(seed)) fail('--seed must be a whole number.');
  const today = new Date().toISOString().slice(0, 10);
  const organizationName = values.organization?.trim() || `Generated ${employees} × ${years}y (seed ${seed})`;

  const started = Date.now();
  const generated = generateOrganization({ employees, years, today, seed });
  if (values['absence-rows']) generated.absences = wholeReports(generated.absences, Number(values['absence-rows']));
  const employeesCsv = toCsv(EMPLOYEE_COLUMNS, generated.employees);
  const absencesCsv = toCsv(ABSENCE_COLUMNS, generated.absences);
  printToolProblem(`generated ${generated.employees.length} employee rows and ${generated.absences.length} absence rows in ${Date.now() - started} ms`);

  if (values['csv-only']) {
    mkdirSync(values['csv-only'], { recursive: true });
    writeFileSync(join(values['csv-only'], 'employees.csv'), employeesCsv);
    writeFileSync(join(values['csv-only'], 'absences.csv'), absencesCsv);
    printToolResult({ ok: true, employeeRows: generated.employees.length, absenceRows: generated.absences.length, organization: organizationName });
    return;
  }

  const dataSource = await createCaseDataSource(readServiceConfig('case').databaseUrl).initialize();
  try {
    const organizationId = await organizationIdByName(dataSource, organizationName);
    const planned = await planImport(dataSource, organizationId, parseCsv(employeesCsv), parseCsv(absencesCsv));
    if (planned.problems) fail(`The generated rows did not pass the import's checks: ${planned.problems.length} problem(s).`);
    const summary = await importOrganization(
      dataSource,
      { organizationName, fullTimeHours: 40, caseManagerEmail: values['case-manager-email']?.trim().toLowerCase() || null },
      planned.plan,
      progressBars(generated.employees.length + generated.absences.length),
    );
    const imported = Date.now();
    const dossiers = await writeDossiers(
      dataSource,
      summary.organizationId,
      { today, seed },
      progressBars<DossierStep>(generated.employees.length + generated.absences.length),
    );
    printToolResult(
      { ok: true, ...summary, dossiers, seconds: (Date.now() - started) / 1000, dossierSeconds: (Date.now() - imported) / 1000 },
      `Generated ${organizationName}: ${summary.employees.created} employees, ${summary.sickReports.created} sick reports, ${summary.cases} cases, ` +
        `${dossiers.plans} plans of action, ${dossiers.checkIns} check-ins.`,
    );
  } finally {
    await dataSource.destroy();
  }
}

/** The first `max` rows, cut where a report ends so that no report loses its later rows. */
function wholeReports<R extends { report_number: string; employee_number: string }>(rows: R[], max: number): R[] {
  let end = Math.min(max, rows.length);
  while (end > 0 && end < rows.length && rows[end].report_number === rows[end - 1].report_number && rows[end].employee_number === rows[end - 1].employee_number)
    end -= 1;
  return rows.slice(0, end);
}

main().catch((error: unknown) => {
  log.error({ err: error }, 'the generation failed');
  printToolResult({ ok: false, message: 'The generation failed; nothing was imported.' });
  process.exit(1);
});
