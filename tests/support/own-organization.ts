import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'pg';
import { withDatabase } from './database';
import { graphqlAs } from './gateway-client';
import { runImport } from './terugkeer-command';

export interface Person {
  email: string;
  userId: string;
  name: string;
}

export interface OwnOrganization {
  organizationId: string;
  caseManager: Person;
  /** An employee with a login, in the manager's team: the one `openOwnCase` reports sick. */
  employee: Person & { employeeId: string };
  manager: Person;
  /** A manager of another team of the same organization. */
  otherManager: Person;
  /** The company doctor and the coach of the organization's own health provider. */
  doctor: Person;
  coach: Person;
  /** A doctor and a coach of the same provider who are not assigned to the case. */
  otherDoctor: Person;
  otherCoach: Person;
}

const EMPLOYEES_HEADER = 'employee_number,name,email,department,start_date,end_date,hours_per_week';
const ABSENCES_HEADER = 'employee_number,report_number,start_date,end_date,absence_percentage,therapeutic';

/**
 * An employer of its own for a test that changes data, so that it never changes what the
 * demo personas or other tests see: onboarded by the import command as the README gives
 * it, then given what the import does not do (logins for an employee and her manager, a
 * health provider with two doctors and two coaches) the way an administrator would in the
 * directory, the logins published to the other services like every directory change. Names
 * are unique per call: a test run can create as many as it needs. `moreEmployees`
 * adds employees without a login to the first team, to report sick; `employeeName` renames
 * the employee with a login.
 */
export async function createOwnOrganization(
  label: string,
  options: { moreEmployees?: { number: string; name: string }[]; employeeName?: string } = {},
): Promise<OwnOrganization> {
  const employeeName = options.employeeName ?? 'Lotte Smit';
  const suffix = randomUUID().slice(0, 8);
  const domain = `${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${suffix}.test`;
  const email = (local: string) => `${local}@${domain}`;
  const files = mkdtempSync(join(tmpdir(), 'terugkeer-organization-'));
  try {
    const employees = join(files, 'employees.csv');
    const absences = join(files, 'absences.csv');
    writeFileSync(
      employees,
      [
        EMPLOYEES_HEADER,
        `T001,${employeeName},${email('lotte')},Binnendienst,2020-03-01,,32`,
        `T002,Ruben Kok,${email('ruben')},Binnendienst,2017-09-01,,38`,
        `T003,Noor Bos,,Binnendienst,2022-01-10,,24`,
        `T004,Sem Visser,${email('sem')},Staf,2016-04-01,,36`,
        ...(options.moreEmployees ?? []).map(({ number, name }) => `${number},${name},,Binnendienst,2019-06-01,,32`),
        '',
      ].join('\n'),
    );
    writeFileSync(absences, `${ABSENCES_HEADER}\n`);
    const imported = await runImport([
      '--organization',
      `${label} ${suffix}`,
      '--employees',
      employees,
      '--absences',
      absences,
      '--case-manager-email',
      email('hr'),
    ]);
    if (imported.status !== 0) throw new Error(`The import failed: ${imported.stderr}`);
    return await directoryOf(imported.summary.organizationId as string, email, `Arbo ${label} ${suffix}`, employeeName);
  } finally {
    rmSync(files, { recursive: true, force: true });
  }
}

async function directoryOf(organizationId: string, email: (local: string) => string, providerName: string, employeeName: string): Promise<OwnOrganization> {
  return withDatabase('case', async (db) => {
    const person = async (local: string, name: string): Promise<Person> => {
      const { rows } = await db.query(
        `INSERT INTO users (id, email, name) VALUES ($1, $2, $3) ON CONFLICT (email) DO UPDATE SET name = excluded.name RETURNING id`,
        [randomUUID(), email(local), name],
      );
      return { email: email(local), userId: rows[0].id, name };
    };
    const membership = (who: Person, role: string, scope: { organizationId?: string; providerId?: string }) =>
      db.query(`INSERT INTO memberships (id, user_id, role, organization_id, health_provider_id) VALUES ($1, $2, $3, $4, $5)`, [
        randomUUID(),
        who.userId,
        role,
        scope.organizationId ?? null,
        scope.providerId ?? null,
      ]);

    await db.query('BEGIN');
    const { rows: providers } = await db.query(`INSERT INTO health_providers (id, name) VALUES ($1, $2) RETURNING id`, [randomUUID(), providerName]);
    const providerId: string = providers[0].id;
    await db.query(`INSERT INTO provider_organizations (health_provider_id, organization_id) VALUES ($1, $2)`, [providerId, organizationId]);

    const employee = await person('lotte', employeeName);
    const manager = await person('ruben', 'Ruben Kok');
    const otherManager = await person('sem', 'Sem Visser');
    const doctor = await person('arts', 'Anna Arts');
    const coach = await person('coach', 'Cor Coach');
    const otherDoctor = await person('arts2', 'Bas Arts');
    const otherCoach = await person('coach2', 'Dirk Coach');
    await membership(employee, 'EMPLOYEE', { organizationId });
    await membership(manager, 'EMPLOYEE', { organizationId });
    await membership(manager, 'MANAGER', { organizationId });
    await membership(otherManager, 'EMPLOYEE', { organizationId });
    await membership(otherManager, 'MANAGER', { organizationId });
    for (const who of [doctor, otherDoctor]) await membership(who, 'COMPANY_DOCTOR', { providerId });
    for (const who of [coach, otherCoach]) await membership(who, 'COACH', { providerId });
    await db.query(`UPDATE employees SET user_id = $3 WHERE organization_id = $1 AND employee_number = $2`, [organizationId, 'T002', manager.userId]);
    await db.query(`UPDATE employees SET user_id = $3 WHERE organization_id = $1 AND employee_number = $2`, [organizationId, 'T004', otherManager.userId]);
    const { rows: employees } = await db.query(
      `UPDATE employees SET user_id = $3, manager_user_id = $4 WHERE organization_id = $1 AND employee_number = $2 RETURNING id`,
      [organizationId, 'T001', employee.userId, manager.userId],
    );
    const { rows: caseManagers } = await db.query(`SELECT id, name FROM users WHERE email = $1`, [email('hr')]);
    await publishEmployeesWithLogin(db, organizationId);
    await db.query('COMMIT');
    await db.query(`SELECT pg_notify('terugkeer_outbox', 'case')`);

    return {
      organizationId,
      caseManager: { email: email('hr'), userId: caseManagers[0].id, name: caseManagers[0].name },
      employee: { ...employee, employeeId: employees[0].id },
      manager,
      otherManager,
      doctor,
      coach,
      otherDoctor,
      otherCoach,
    };
  });
}

/**
 * A plain colleague in Lotte's team with a login of her own (Noor Bos, who has no case and no
 * other role), as the dialogue talks ask for one: she validates the report of her talk.
 */
export async function giveColleagueLogin(organization: OwnOrganization): Promise<Person> {
  const domain = organization.employee.email.split('@')[1];
  const colleague = { email: `noor@${domain}`, name: 'Noor Bos' };
  return withDatabase('case', async (db) => {
    await db.query('BEGIN');
    const { rows } = await db.query(`INSERT INTO users (id, email, name) VALUES ($1, $2, $3) RETURNING id`, [randomUUID(), colleague.email, colleague.name]);
    const userId: string = rows[0].id;
    await db.query(`INSERT INTO memberships (id, user_id, role, organization_id) VALUES ($1, $2, 'EMPLOYEE', $3)`, [
      randomUUID(),
      userId,
      organization.organizationId,
    ]);
    await db.query(`UPDATE employees SET user_id = $3 WHERE organization_id = $1 AND employee_number = $2`, [organization.organizationId, 'T003', userId]);
    await publishEmployeesWithLogin(db, organization.organizationId);
    await db.query('COMMIT');
    await db.query(`SELECT pg_notify('terugkeer_outbox', 'case')`);
    return { ...colleague, userId };
  });
}

/**
 * The logins just linked, published in full through the case service's outbox as it publishes
 * every directory change, so that the other services (scheduling's colleagues above all) know
 * whose login works for the organization.
 */
async function publishEmployeesWithLogin(db: Client, organizationId: string): Promise<void> {
  await db.query(
    `INSERT INTO outbox (id, type, aggregate_id, organization_id, payload)
     SELECT gen_random_uuid(), 'employee.upserted', e.id::text, e.organization_id::text,
            jsonb_build_object(
              'employeeId', e.id, 'organizationId', e.organization_id, 'employeeNumber', e.employee_number,
              'departmentId', e.department_id, 'managerUserId', e.manager_user_id, 'userId', e.user_id,
              'contracts', COALESCE(
                (SELECT jsonb_agg(jsonb_build_object('from', c.start_date, 'to', c.end_date,
                                                     'hoursPerWeek', c.hours_per_week::float, 'departmentId', e.department_id)
                                  ORDER BY c.start_date)
                   FROM contracts c WHERE c.employee_id = e.id),
                '[]'::jsonb))
       FROM employees e
      WHERE e.organization_id = $1 AND e.user_id IS NOT NULL
      ORDER BY e.employee_number`,
    [organizationId],
  );
}

async function mutate(email: string, query: string, variables: Record<string, unknown>) {
  const { data, errors } = await graphqlAs(email, query, variables);
  if (errors) throw new Error(`${query.trim().split(/\s+/).slice(0, 4).join(' ')} failed: ${JSON.stringify(errors)}`);
  return data;
}

/**
 * The employee's case, opened through the gateway as it happens in the product: the manager
 * reports her sick, the case manager assigns the doctor and the coach. Answers the case id.
 */
export async function openOwnCase(organization: OwnOrganization, firstSickDay: string): Promise<string> {
  const reported = await mutate(
    organization.manager.email,
    `mutation ($input: RecordSickReportInput!) { recordSickReport(input: $input) { saved case { id } } }`,
    {
      input: { employeeId: organization.employee.employeeId, firstSickDay },
    },
  );
  if (!reported.recordSickReport.saved) throw new Error('The sick report was not saved');
  const caseId: string = reported.recordSickReport.case.id;
  for (const [person, role] of [
    [organization.doctor, 'COMPANY_DOCTOR'],
    [organization.coach, 'COACH'],
  ] as const) {
    await mutate(organization.caseManager.email, `mutation ($input: AssignToCaseInput!) { assignToCase(input: $input) { id } }`, {
      input: { caseId, userId: person.userId, role },
    });
  }
  return caseId;
}
