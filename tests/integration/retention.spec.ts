import { randomUUID } from 'node:crypto';
import { withDatabase } from '../support/database';
import { isoToday } from '../support/dates';
import { runTerugkeer } from '../support/terugkeer-command';

jest.setTimeout(120_000);

/** A former employee of a fresh organization: employment ended and the case closed long ago. */
async function formerEmployeeFixture(options: { recoveredOn: string; employmentEnded: string | null; legalHold?: string }) {
  const ids = { organization: randomUUID(), user: randomUUID(), employee: randomUUID(), case: randomUUID() };
  await withDatabase('case', async (db) => {
    await db.query(`INSERT INTO organizations (id, name) VALUES ($1, $2)`, [ids.organization, `Bewaartermijn ${ids.organization}`]);
    await db.query(`INSERT INTO users (id, email, name) VALUES ($1, $2, 'Oud Medewerker')`, [ids.user, `oud-${ids.user}@bewaar.test`]);
    await db.query(
      `INSERT INTO employees (id, organization_id, employee_number, name, email, user_id) VALUES ($1, $2, 'E1', 'Oud Medewerker', 'oud@bewaar.test', $3)`,
      [ids.employee, ids.organization, ids.user],
    );
    await db.query(`INSERT INTO contracts (id, employee_id, start_date, end_date, hours_per_week) VALUES ($1, $2, '2015-01-01', $3, 32)`, [
      randomUUID(),
      ids.employee,
      options.employmentEnded,
    ]);
    await db.query(
      `INSERT INTO cases (id, organization_id, employee_id, status, first_sick_day, recovery_date, legal_hold_reason)
       VALUES ($1, $2, $3, 'RECOVERED', '2021-01-04', $4, $5)`,
      [ids.case, ids.organization, ids.employee, options.recoveredOn, options.legalHold ?? null],
    );
    await db.query(`INSERT INTO employee_statements (id, case_id, author_user_id, text) VALUES ($1, $2, $3, 'Mijn visie')`, [randomUUID(), ids.case, ids.user]);
  });
  return ids;
}

const stateOf = (ids: { employee: string; case: string }) =>
  withDatabase('case', async (db) => {
    const {
      rows: [employee],
    } = await db.query(`SELECT name, email, user_id, anonymized_at FROM employees WHERE id = $1`, [ids.employee]);
    const {
      rows: [caseRow],
    } = await db.query(`SELECT first_sick_day::text, recovery_date::text, dossier_purged_at FROM cases WHERE id = $1`, [ids.case]);
    const {
      rows: [{ statements }],
    } = await db.query(`SELECT count(*)::int AS statements FROM employee_statements WHERE case_id = $1`, [ids.case]);
    const { rows: audit } = await db.query(`SELECT action, data_class FROM audit_log WHERE case_id = $1 OR subject_employee_id = $2 ORDER BY seq`, [
      ids.case,
      ids.employee,
    ]);
    return { employee, caseRow, statements, audit };
  });

interface PurgeSummary {
  dryRun: boolean;
  dossiersPurged: number;
  medicalNotesPurged: number;
  employeesAnonymized: number;
  heldBack: number;
}

/** `npm run terugkeer -- retention purge [--dry-run]`, as the README gives it: what the nightly job does. */
async function purgeDueRecords(options: { dryRun?: boolean } = {}): Promise<PurgeSummary> {
  const { status, stderr, summary } = await runTerugkeer(['retention', 'purge', ...(options.dryRun ? ['--dry-run'] : [])]);
  if (status !== 0 || summary === null) throw new Error(`the retention purge failed (exit code ${status}): ${stderr}`);
  return summary as PurgeSummary;
}

describe('the retention purge', () => {
  it('removes a dossier past its period, anonymizes the former employee, keeps the facts statistics need, and logs it', async () => {
    const due = await formerEmployeeFixture({ recoveredOn: '2021-06-01', employmentEnded: '2021-12-31' });
    const dry = await purgeDueRecords({ dryRun: true });
    expect(dry.dossiersPurged).toBeGreaterThanOrEqual(1);
    expect((await stateOf(due)).statements).toBe(1);

    await purgeDueRecords();
    const after = await stateOf(due);
    expect(after.statements).toBe(0);
    expect(after.caseRow).toMatchObject({ first_sick_day: '2021-01-04', recovery_date: '2021-06-01' });
    expect(after.caseRow.dossier_purged_at).not.toBeNull();
    expect(after.employee).toMatchObject({ name: 'Geanonimiseerd', email: null, user_id: null });
    expect(after.audit).toEqual([
      { action: 'DELETE', data_class: 'RETENTION' },
      { action: 'ANONYMIZE', data_class: 'RETENTION' },
    ]);

    await purgeDueRecords();
    expect((await stateOf(due)).audit).toHaveLength(2);
  });

  it('keeps a dossier under a legal hold and one still inside its period', async () => {
    const held = await formerEmployeeFixture({ recoveredOn: '2021-06-01', employmentEnded: '2021-12-31', legalHold: 'Procedure bij de rechter' });
    const recent = await formerEmployeeFixture({ recoveredOn: isoToday(), employmentEnded: null });
    const summary = await purgeDueRecords();
    expect(summary.heldBack).toBeGreaterThanOrEqual(1);
    for (const ids of [held, recent]) {
      const state = await stateOf(ids);
      expect(state.statements).toBe(1);
      expect(state.employee.name).toBe('Oud Medewerker');
    }
  });
});
