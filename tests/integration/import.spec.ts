import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { withDatabase } from '../support/database';
import { graphqlAs } from '../support/gateway-client';

jest.setTimeout(120_000);

const repoRoot = join(__dirname, '..', '..');
const fixture = (name: string) => join(repoRoot, 'tests', 'fixtures', 'import', name);

/** The command exactly as the README gives it, against the test platform's database. */
function runImport(args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'terugkeer', '--', 'import', ...args], {
    cwd: repoRoot,
    env: { ...process.env, CASE_DATABASE_URL: process.env.DATABASE_URL },
    encoding: 'utf8',
  });
  const lines = result.stdout.trim().split('\n');
  return { status: result.status, stderr: result.stderr, summary: JSON.parse(lines.at(-1)!) };
}

describe('the import command', () => {
  const organization = 'Import Test BV';
  const args = ['--organization', organization, '--employees', fixture('employees.csv'), '--absences', fixture('absences.csv'), '--case-manager-email', 'hr@import.test', '--full-time-hours', '38'];

  it('creates the organization, its case manager, employees, reports and derived cases, and is idempotent', async () => {
    const first = runImport(args);
    expect(first.status).toBe(0);
    expect(first.summary).toMatchObject({
      ok: true,
      organizationCreated: true,
      caseManagerCreated: true,
      employees: { created: 4, updated: 0, unchanged: 0 },
      sickReports: { created: 5, updated: 0, unchanged: 0 },
      // E001: R2 starts 18 fit days after R1 recovered, so it continues R1's case; E002's reports are months apart.
      cases: 4,
    });

    const second = runImport(args);
    expect(second.status).toBe(0);
    expect(second.summary).toMatchObject({
      organizationId: first.summary.organizationId,
      organizationCreated: false,
      caseManagerCreated: false,
      employees: { created: 0, updated: 0, unchanged: 4 },
      sickReports: { created: 0, updated: 0, unchanged: 5 },
      cases: 4,
    });

    const { data } = await graphqlAs(
      'hr@import.test',
      `query ($org: ID!) { employee(organizationId: $org, employeeNumber: "E001") {
         name cases { firstSickDay recoveryDate status sickReports { reportNumber recoveryDate intervals { from percentage } } } }
       b: employee(organizationId: $org, employeeNumber: "E002") { contracts { from to hoursPerWeek } cases { firstSickDay sickReports { intervals { therapeutic } } } } }`,
      { org: first.summary.organizationId },
    );
    const [aylinCase] = data.employee.cases;
    expect(aylinCase).toMatchObject({ firstSickDay: '2026-01-05', recoveryDate: null, status: 'RELAPSE' });
    expect(aylinCase.sickReports.map((r: any) => r.reportNumber)).toEqual(['R1', 'R2']);
    expect(aylinCase.sickReports[0]).toMatchObject({ recoveryDate: '2026-02-02', intervals: [{ from: '2026-01-05', percentage: 100 }, { from: '2026-01-19', percentage: 50 }] });
    expect(data.b.contracts).toEqual([
      { from: '2019-03-01', to: '2024-02-29', hoursPerWeek: 40 },
      { from: '2024-03-01', to: null, hoursPerWeek: 24 },
    ]);
    expect(data.b.cases).toHaveLength(2);
    expect(data.b.cases[1].sickReports[0].intervals.map((i: any) => i.therapeutic)).toEqual([false, true]);
  });

  it('reports every bad row with its file, line and field, and writes nothing', async () => {
    const bad = runImport(['--organization', 'Foute Import BV', '--employees', fixture('employees-bad.csv'), '--absences', fixture('absences-bad.csv')]);
    expect(bad.status).toBe(1);
    expect(bad.summary).toMatchObject({ ok: false });
    for (const problem of [
      'employees-bad.csv:3: hours_per_week',
      'employees-bad.csv:4: email',
      'employees-bad.csv:4: start_date',
      'employees-bad.csv:6: start_date',
      'absences-bad.csv:3: start_date',
      'absences-bad.csv:4: employee_number',
      'absences-bad.csv:5: absence_percentage',
      'absences-bad.csv:5: therapeutic',
    ]) {
      expect(bad.stderr).toContain(problem);
    }
    const organizations = await withDatabase('case', (db) => db.query(`SELECT 1 FROM organizations WHERE name = 'Foute Import BV'`));
    expect(organizations.rowCount).toBe(0);
  });
});
