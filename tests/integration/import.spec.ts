import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withDatabase } from '../support/database';
import { graphqlAs } from '../support/gateway-client';
import { runImport } from '../support/terugkeer-command';

jest.setTimeout(120_000);

const repoRoot = join(__dirname, '..', '..');
const fixture = (name: string) => join(repoRoot, 'tests', 'fixtures', 'import', name);

describe('the import command', () => {
  const organization = 'Import Test BV';
  const args = ['--organization', organization, '--employees', fixture('employees.csv'), '--absences', fixture('absences.csv'), '--case-manager-email', 'hr@import.test', '--full-time-hours', '38'];

  it('creates the organization, its case manager, employees, reports and derived cases, and is idempotent', async () => {
    const first = await runImport(args);
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

    const second = await runImport(args);
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
    const bad = await runImport(['--organization', 'Foute Import BV', '--employees', fixture('employees-bad.csv'), '--absences', fixture('absences-bad.csv')]);
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

const IMPORT = `mutation ($input: ImportOrganizationDataInput!) {
  importOrganizationData(input: $input) {
    imported employeeRows absenceRows cases
    problems { file line field code values reason }
    employees { created updated unchanged }
    sickReports { created updated unchanged }
  }
}`;

describe('the import from the case manager’s screen', () => {
  const read = (name: string) => readFileSync(fixture(name), 'utf8');
  let organizationId: string;

  beforeAll(async () => {
    // The command above created the organization and made hr@import.test its case manager.
    const { data } = await graphqlAs('hr@import.test', '{ viewer { memberships { role organization { id name } } } }');
    organizationId = data.viewer.memberships.find((m: any) => m.role === 'CASE_MANAGER' && m.organization.name === 'Import Test BV').organization.id;
  });

  it('lists every bad row with its file and line and writes nothing', async () => {
    const before = await withDatabase('case', (db) => db.query(`SELECT count(*)::int AS n FROM employees WHERE organization_id = $1`, [organizationId]));
    const { data, errors } = await graphqlAs('hr@import.test', IMPORT, {
      input: { organizationId, employeesCsv: read('employees-bad.csv'), absencesCsv: read('absences-bad.csv') },
    });
    expect(errors).toBeUndefined();
    expect(data.importOrganizationData.imported).toBe(false);
    const found = data.importOrganizationData.problems.map((p: any) => `${p.file}:${p.line}:${p.field}`);
    expect(found).toEqual(expect.arrayContaining(['employees:3:hours_per_week', 'employees:4:email', 'absences:5:absence_percentage']));
    // A code and its values let the screen say the reason in Dutch; the English reason stays for the command.
    const hours = data.importOrganizationData.problems.find((p: any) => p.line === 3 && p.field === 'hours_per_week');
    expect(hours).toMatchObject({ code: 'OUT_OF_RANGE', values: [expect.any(String), '1', '60'] });
    expect(hours.reason).toBe(`"${hours.values[0]}" must be a number from 1 to 60`);
    const after = await withDatabase('case', (db) => db.query(`SELECT count(*)::int AS n FROM employees WHERE organization_id = $1`, [organizationId]));
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('checks without writing on a dry run, then imports a new hire as the command would', async () => {
    const employeesCsv = `${read('employees.csv').trimEnd()}\nE900,Nina Nieuw,nina@import.test,Kantoor,2026-09-01,,24\n`;
    const absencesCsv = `${read('absences.csv').trimEnd()}\nE900,R900,2026-10-05,2026-10-09,100,false\n`;
    const dry = await graphqlAs('hr@import.test', IMPORT, { input: { organizationId, employeesCsv, absencesCsv, dryRun: true } });
    expect(dry.data.importOrganizationData).toMatchObject({ imported: false, problems: [], employees: null });
    expect((await withDatabase('case', (db) => db.query(`SELECT 1 FROM employees WHERE employee_number = 'E900'`))).rowCount).toBe(0);

    const real = await graphqlAs('hr@import.test', IMPORT, { input: { organizationId, employeesCsv, absencesCsv } });
    expect(real.data.importOrganizationData).toMatchObject({ imported: true, problems: [], employees: { created: 1 }, sickReports: { created: 1 } });
    const again = await graphqlAs('hr@import.test', IMPORT, { input: { organizationId, employeesCsv, absencesCsv } });
    expect(again.data.importOrganizationData).toMatchObject({ imported: true, employees: { created: 0, updated: 0 }, sickReports: { created: 0, updated: 0 } });
    const audit = await withDatabase('case', (db) =>
      db.query(`SELECT actor_role FROM audit_log WHERE organization_id = $1 AND action = 'IMPORT' ORDER BY seq DESC LIMIT 1`, [organizationId]),
    );
    expect(audit.rows[0].actor_role).toBe('CASE_MANAGER');
  });

  it('refuses a case manager of another organization', async () => {
    const { data, errors } = await graphqlAs('hr@demo.test', IMPORT, { input: { organizationId, employeesCsv: read('employees.csv'), absencesCsv: read('absences.csv') } });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('names the file that cannot be read as CSV', async () => {
    const { errors } = await graphqlAs('hr@import.test', IMPORT, { input: { organizationId, employeesCsv: read('employees.csv'), absencesCsv: 'employee_number,report_number\n"E001,R1\n' } });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'absencesCsv' });
  });
});
