import type { Jurisdiction } from '@terugkeer/domain';
import type { Queryable } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Employee } from './employee.entity';

export interface ContractRow {
  from: string;
  to: string | null;
  hoursPerWeek: number;
}

/** What a case of the employee starts with: where they work, who they are, who manages them. */
export interface EmployeeCaseFacts {
  organizationId: string;
  departmentId: string | null;
  userId: string | null;
  managerUserId: string | null;
  jurisdiction: Jurisdiction;
  healthProviderId: string | null;
}

export interface EmployeeEventFacts {
  organizationId: string;
  employeeNumber: string;
  name: string;
  departmentId: string | null;
  managerUserId: string | null;
  userId: string | null;
}

export interface StoredEmployeeFields {
  id: string;
  name: string;
  email: string | null;
  departmentId: string | null;
}

export interface EmployeeFields {
  name: string;
  email: string | null;
  departmentId: string | null;
}

/** The SQL of the directory's employees and their contracts. */
export class EmployeeRepository {
  byNumber(dataSource: DataSource, organizationId: string, employeeNumber: string): Promise<Employee | null> {
    return dataSource.getRepository(Employee).findOneBy({ organizationId, employeeNumber });
  }

  async caseFacts(db: Queryable, employeeId: string): Promise<EmployeeCaseFacts> {
    const [row] = await db.query(
      `SELECT e.organization_id AS "organizationId", e.department_id AS "departmentId", e.user_id AS "userId",
              e.manager_user_id AS "managerUserId", o.jurisdiction,
              (SELECT health_provider_id FROM provider_organizations p WHERE p.organization_id = o.id LIMIT 1) AS "healthProviderId"
         FROM employees e JOIN organizations o ON o.id = e.organization_id WHERE e.id = $1`,
      [employeeId],
    );
    return row;
  }

  async idsOfUser(db: Queryable, userId: string): Promise<string[]> {
    const rows: { id: string }[] = await db.query(`SELECT id FROM employees WHERE user_id = $1`, [userId]);
    return rows.map((row) => row.id);
  }

  /** Whether `userId` is a colleague with a login in the organization, other than the employee `exceptUserId`. */
  async isColleague(db: Queryable, userId: string, organizationId: string, exceptUserId: string): Promise<boolean> {
    const [colleague] = await db.query(`SELECT 1 FROM employees WHERE user_id::text = $1 AND organization_id = $2 AND user_id <> $3`, [
      userId,
      organizationId,
      exceptUserId,
    ]);
    return Boolean(colleague);
  }

  /** Each employee's case facts, for many employees in one query (the import). */
  async caseFactsOfEmployees(db: Queryable, employeeIds: readonly string[]): Promise<Map<string, EmployeeCaseFacts>> {
    const rows: (EmployeeCaseFacts & { employeeId: string })[] = await db.query(
      `SELECT e.id AS "employeeId", e.organization_id AS "organizationId", e.department_id AS "departmentId", e.user_id AS "userId",
              e.manager_user_id AS "managerUserId", o.jurisdiction,
              (SELECT health_provider_id FROM provider_organizations p WHERE p.organization_id = o.id LIMIT 1) AS "healthProviderId"
         FROM employees e JOIN organizations o ON o.id = e.organization_id WHERE e.id = ANY($1)`,
      [employeeIds],
    );
    return new Map(rows.map(({ employeeId, ...facts }) => [employeeId, facts]));
  }

  async eventFactsOfEmployees(db: Queryable, employeeIds: readonly string[]): Promise<(EmployeeEventFacts & { id: string })[]> {
    return db.query(
      `SELECT id, organization_id AS "organizationId", employee_number AS "employeeNumber", name, department_id AS "departmentId",
              manager_user_id AS "managerUserId", user_id AS "userId"
         FROM employees WHERE id = ANY($1)`,
      [employeeIds],
    );
  }

  /** The stored fields of every employee of an organization, by employee number. */
  async fieldsOfOrganization(db: Queryable, organizationId: string): Promise<Map<string, StoredEmployeeFields>> {
    const rows: (StoredEmployeeFields & { employeeNumber: string })[] = await db.query(
      `SELECT id, employee_number AS "employeeNumber", name, email, department_id AS "departmentId" FROM employees WHERE organization_id = $1`,
      [organizationId],
    );
    return new Map(rows.map(({ employeeNumber, ...fields }) => [employeeNumber, fields]));
  }

  /** Many new employees in one statement; their ids are given. */
  async insertMany(db: Queryable, organizationId: string, employees: readonly (EmployeeFields & { id: string; employeeNumber: string })[]): Promise<void> {
    if (!employees.length) return;
    await db.query(
      `INSERT INTO employees (id, organization_id, employee_number, name, email, department_id)
       SELECT id, $1, employee_number, name, email, department_id
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::uuid[]) AS e(id, employee_number, name, email, department_id)`,
      [
        organizationId,
        employees.map((e) => e.id),
        employees.map((e) => e.employeeNumber),
        employees.map((e) => e.name),
        employees.map((e) => e.email),
        employees.map((e) => e.departmentId),
      ],
    );
  }

  /** Links employees to their own login and their manager's, in one statement. */
  async linkLogins(db: Queryable, links: readonly { employeeId: string; userId: string | null; managerUserId: string | null }[]): Promise<void> {
    if (!links.length) return;
    await db.query(
      `UPDATE employees e SET user_id = coalesce(l.user_id, e.user_id), manager_user_id = coalesce(l.manager_user_id, e.manager_user_id)
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS l(employee_id, user_id, manager_user_id) WHERE e.id = l.employee_id`,
      [links.map((l) => l.employeeId), links.map((l) => l.userId), links.map((l) => l.managerUserId)],
    );
  }

  /** Department, login and manager of every employee of the organization. */
  async loginsOfOrganization(
    db: Queryable,
    organizationId: string,
  ): Promise<{ id: string; employeeNumber: string; name: string; departmentId: string | null; userId: string | null; managerUserId: string | null }[]> {
    return db.query(
      `SELECT id, employee_number AS "employeeNumber", name, department_id AS "departmentId", user_id AS "userId", manager_user_id AS "managerUserId"
         FROM employees WHERE organization_id = $1`,
      [organizationId],
    );
  }

  async numbersAndIds(db: Queryable, organizationId: string): Promise<{ employeeNumber: string; id: string }[]> {
    return db.query(`SELECT employee_number AS "employeeNumber", id FROM employees WHERE organization_id = $1`, [organizationId]);
  }

  async byNumberFields(db: Queryable, organizationId: string, employeeNumber: string): Promise<StoredEmployeeFields | null> {
    const [found] = await db.query(
      `SELECT id, name, email, department_id AS "departmentId" FROM employees WHERE organization_id = $1 AND employee_number = $2`,
      [organizationId, employeeNumber],
    );
    return found ?? null;
  }

  async insert(db: Queryable, organizationId: string, employeeNumber: string, fields: EmployeeFields): Promise<string> {
    const id = randomUUID();
    await db.query(`INSERT INTO employees (id, organization_id, employee_number, name, email, department_id) VALUES ($1, $2, $3, $4, $5, $6)`, [
      id,
      organizationId,
      employeeNumber,
      fields.name,
      fields.email,
      fields.departmentId,
    ]);
    return id;
  }

  async update(db: Queryable, id: string, fields: EmployeeFields): Promise<void> {
    await db.query(`UPDATE employees SET name = $2, email = $3, department_id = $4 WHERE id = $1`, [id, fields.name, fields.email, fields.departmentId]);
  }

  /** Removes name, e-mail address and login of an employee once; the row stays for the statistics. */
  async anonymize(db: Queryable, employeeId: string, name: string): Promise<void> {
    await db.query(`UPDATE employees SET name = $2, email = NULL, user_id = NULL, anonymized_at = now() WHERE id = $1 AND anonymized_at IS NULL`, [
      employeeId,
      name,
    ]);
  }

  contracts(db: Queryable, employeeId: string): Promise<ContractRow[]> {
    return db.query(
      `SELECT start_date AS "from", end_date AS "to", hours_per_week::float AS "hoursPerWeek" FROM contracts WHERE employee_id = $1 ORDER BY start_date`,
      [employeeId],
    );
  }

  /** The contracts of many employees, each list in order of start. */
  async contractsOfEmployees(db: Queryable, employeeIds: readonly string[]): Promise<Map<string, ContractRow[]>> {
    const rows: (ContractRow & { employeeId: string })[] = await db.query(
      `SELECT employee_id AS "employeeId", start_date AS "from", end_date AS "to", hours_per_week::float AS "hoursPerWeek"
         FROM contracts WHERE employee_id = ANY($1) ORDER BY employee_id, start_date`,
      [employeeIds],
    );
    const byEmployee = new Map<string, ContractRow[]>();
    for (const { employeeId, ...contract } of rows) byEmployee.set(employeeId, [...(byEmployee.get(employeeId) ?? []), contract]);
    return byEmployee;
  }

  async replaceContracts(db: Queryable, employeeId: string, contracts: readonly ContractRow[]): Promise<void> {
    await this.replaceContractsOfEmployees(db, new Map([[employeeId, contracts]]));
  }

  /** Replaces the contracts of many employees in two statements. */
  async replaceContractsOfEmployees(db: Queryable, contracts: ReadonlyMap<string, readonly ContractRow[]>): Promise<void> {
    if (!contracts.size) return;
    await db.query(`DELETE FROM contracts WHERE employee_id = ANY($1)`, [[...contracts.keys()]]);
    const rows = [...contracts].flatMap(([employeeId, list]) => list.map((contract) => ({ employeeId, ...contract })));
    await db.query(
      `INSERT INTO contracts (id, employee_id, start_date, end_date, hours_per_week)
       SELECT gen_random_uuid(), employee_id, start_date, end_date, hours_per_week
         FROM unnest($1::uuid[], $2::date[], $3::date[], $4::numeric[]) AS c(employee_id, start_date, end_date, hours_per_week)`,
      [rows.map((r) => r.employeeId), rows.map((r) => r.from), rows.map((r) => r.to), rows.map((r) => r.hoursPerWeek)],
    );
  }

  /** The last day of employment when every contract has ended, else null. */
  async employmentEndedOn(db: Queryable, employeeId: string): Promise<string | null> {
    const [row] = await db.query(`SELECT CASE WHEN bool_and(end_date IS NOT NULL) THEN max(end_date) END AS "endedOn" FROM contracts WHERE employee_id = $1`, [
      employeeId,
    ]);
    return row?.endedOn ?? null;
  }

  async isEmployedOn(db: Queryable, employeeId: string, date: string): Promise<boolean> {
    const [{ employed }] = await db.query(`SELECT count(*)::int AS employed FROM contracts WHERE employee_id = $1 AND (end_date IS NULL OR end_date >= $2)`, [
      employeeId,
      date,
    ]);
    return employed > 0;
  }
}
