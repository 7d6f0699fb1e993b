import { randomUUID } from 'node:crypto';
import pg from 'pg';

export interface BulkOrganization {
  caseManagerEmail: string;
  caseIds: string[];
}

/**
 * An organization with many open cases, written straight into the case schema and
 * announced through its outbox, so the other services learn of the cases the usual way.
 */
export async function seedBulkOrganization(databaseUrl: string, caseCount: number): Promise<BulkOrganization> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const organizationId = randomUUID();
  const caseManagerEmail = `hr-${organizationId.slice(0, 8)}@benchmark.test`;
  const caseIds: string[] = [];
  try {
    await client.query('BEGIN');
    await client.query('SET search_path TO "case"');
    await client.query(`INSERT INTO organizations (id, name) VALUES ($1, $2)`, [organizationId, `Benchmark ${organizationId.slice(0, 8)}`]);
    const departmentId = randomUUID();
    await client.query(`INSERT INTO departments (id, organization_id, name) VALUES ($1, $2, 'Productie')`, [departmentId, organizationId]);
    const caseManagerId = randomUUID();
    await client.query(`INSERT INTO users (id, email, name) VALUES ($1, $2, 'Benchmark HR')`, [caseManagerId, caseManagerEmail]);
    await client.query(`INSERT INTO memberships (id, user_id, role, organization_id) VALUES ($1, $2, 'CASE_MANAGER', $3)`, [
      randomUUID(),
      caseManagerId,
      organizationId,
    ]);
    for (let n = 0; n < caseCount; n += 1) {
      const employeeId = randomUUID();
      const caseId = randomUUID();
      const firstSickDay = new Date(Date.UTC(2026, 0, 1 + (n % 300))).toISOString().slice(0, 10);
      await client.query(`INSERT INTO employees (id, organization_id, employee_number, name, department_id) VALUES ($1, $2, $3, $4, $5)`, [
        employeeId,
        organizationId,
        `B${n}`,
        `Medewerker ${n}`,
        departmentId,
      ]);
      await client.query(`INSERT INTO contracts (id, employee_id, start_date, hours_per_week) VALUES ($1, $2, '2020-01-01', 32)`, [randomUUID(), employeeId]);
      await client.query(`INSERT INTO cases (id, organization_id, employee_id, status, first_sick_day) VALUES ($1, $2, $3, 'BUILD_UP', $4)`, [
        caseId,
        organizationId,
        employeeId,
        firstSickDay,
      ]);
      const payload = {
        caseId,
        organizationId,
        healthProviderId: null,
        employeeId,
        departmentId,
        firstSickDay,
        jurisdiction: 'NL',
        status: 'BUILD_UP',
        participants: [],
      };
      await client.query(`INSERT INTO outbox (id, type, aggregate_id, organization_id, payload) VALUES ($1, 'case.opened', $2, $3, $4)`, [
        randomUUID(),
        caseId,
        organizationId,
        JSON.stringify(payload),
      ]);
      caseIds.push(caseId);
    }
    await client.query(`SELECT pg_notify('terugkeer_outbox', 'case')`);
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
  return { caseManagerEmail, caseIds };
}

/** Waits until the reporting read model holds every bulk case, i.e. the events went round. */
export async function waitForReadModel(databaseUrl: string, caseIds: string[], timeoutMs = 120_000): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM reporting.case_access WHERE case_id = ANY($1)`, [caseIds]);
      if (rows[0].n === caseIds.length) return;
      if (Date.now() > deadline) throw new Error(`Only ${rows[0].n} of ${caseIds.length} cases reached the read model.`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await client.end();
  }
}
