import { required, type EmploymentPeriod } from '@terugkeer/domain';
import type { Queryable } from '@terugkeer/service-kit';

export interface OrganizationFacts {
  organizationId: string;
  name: string;
  fullTimeHours: number;
  dailyAbsenceCost: number | null;
  programmeCost: number | null;
  healthProviderId: string | null;
  /** Leaves pregnancy-related absence out of the absence percentage (CBS) instead of counting it (NVS 1996). */
  excludePregnancyFromAbsencePercentage: boolean;
}

export interface EmployeeFacts {
  employeeId: string;
  organizationId: string;
  managerUserId: string | null;
  /**
   * Hours are already divided by the organization's full-time hours, so periods of
   * organizations with different full-time weeks can be counted together with full time = 1.
   */
  employment: EmploymentPeriod[];
}

export interface DepartmentFacts {
  departmentId: string;
  organizationId: string;
  name: string;
  managerUserId: string | null;
}

interface Contract {
  from: string;
  to: string | null;
  hoursPerWeek: number;
  departmentId: string | null;
}

/** The organizations, departments and employees as the directory events last said. */
export class DirectoryRepository {
  constructor(private readonly db: Queryable) {}

  async organizations(ids: string[]): Promise<OrganizationFacts[]> {
    return this.db.query(
      `SELECT organization_id AS "organizationId", name, full_time_hours::float AS "fullTimeHours",
              daily_absence_cost::float AS "dailyAbsenceCost", programme_cost::float AS "programmeCost",
              health_provider_id AS "healthProviderId", exclude_pregnancy_from_absence_percentage AS "excludePregnancyFromAbsencePercentage"
         FROM organizations WHERE organization_id = ANY($1::uuid[]) ORDER BY name`,
      [ids],
    );
  }

  async organizationsOfProviders(providerIds: string[]): Promise<OrganizationFacts[]> {
    const rows: { organization_id: string }[] = await this.db.query(`SELECT organization_id FROM organizations WHERE health_provider_id = ANY($1::uuid[])`, [
      providerIds,
    ]);
    return this.organizations(rows.map((r) => r.organization_id));
  }

  async departments(organizationIds: string[]): Promise<DepartmentFacts[]> {
    return this.db.query(
      `SELECT department_id AS "departmentId", organization_id AS "organizationId", name, manager_user_id AS "managerUserId"
         FROM departments WHERE organization_id = ANY($1::uuid[]) ORDER BY name`,
      [organizationIds],
    );
  }

  async employees(organizations: OrganizationFacts[]): Promise<EmployeeFacts[]> {
    const fullTime = new Map(organizations.map((o) => [o.organizationId, o.fullTimeHours]));
    const rows: {
      employee_id: string;
      organization_id: string;
      manager_user_id: string | null;
      contracts: Contract[];
    }[] = await this.db.query(`SELECT employee_id, organization_id, manager_user_id, contracts FROM employees WHERE organization_id = ANY($1::uuid[])`, [
      [...fullTime.keys()],
    ]);
    return rows.map((row) => ({
      employeeId: row.employee_id,
      organizationId: row.organization_id,
      managerUserId: row.manager_user_id,
      employment: row.contracts.map((c) => ({
        personId: row.employee_id,
        departmentId: c.departmentId ?? undefined,
        from: c.from,
        to: c.to,
        hoursPerWeek: c.hoursPerWeek / required(fullTime.get(row.organization_id), `the full-time hours of organization ${row.organization_id}`),
      })),
    }));
  }

  /** Contracts as recorded, in their own order, hours not divided: the input of the absence days. */
  async contractsOfEmployees(employeeIds: string[]): Promise<{ employeeId: string; organizationId: string; employment: EmploymentPeriod[] }[]> {
    const rows: { employee_id: string; organization_id: string; contracts: Contract[] }[] = await this.db.query(
      `SELECT employee_id, organization_id, contracts FROM employees WHERE employee_id = ANY($1::uuid[])`,
      [employeeIds],
    );
    return rows.map((row) => ({
      employeeId: row.employee_id,
      organizationId: row.organization_id,
      employment: row.contracts.map((c) => ({
        personId: row.employee_id,
        departmentId: c.departmentId ?? undefined,
        from: c.from,
        to: c.to,
        hoursPerWeek: c.hoursPerWeek,
      })),
    }));
  }

  /** One page of every employee's id, in id order, to walk the whole directory in batches. */
  async employeeIdsAfter(after: string | null, limit: number): Promise<string[]> {
    const rows: { employee_id: string }[] = await this.db.query(
      `SELECT employee_id FROM employees WHERE $1::uuid IS NULL OR employee_id > $1::uuid ORDER BY employee_id LIMIT $2`,
      [after, limit],
    );
    return rows.map((r) => r.employee_id);
  }

  async employeeIdsOf(organization: OrganizationFacts): Promise<string[]> {
    const rows: { employee_id: string }[] = await this.db.query(`SELECT employee_id FROM employees WHERE organization_id = $1`, [organization.organizationId]);
    return rows.map((r) => r.employee_id);
  }

  async employeeIdsManagedBy(organizationId: string, userId: string): Promise<string[]> {
    const rows: { employee_id: string }[] = await this.db.query(`SELECT employee_id FROM employees WHERE organization_id = $1 AND manager_user_id = $2`, [
      organizationId,
      userId,
    ]);
    return rows.map((r) => r.employee_id);
  }

  /**
   * Every department an organization's contracts name (null: a contract without one), in the
   * order the employees and their contracts are read, which is the order of the analysts' rows.
   */
  async departmentsOfContracts(organization: OrganizationFacts): Promise<(string | null)[]> {
    const rows: { departments: (string | null)[] }[] = await this.db.query(
      `SELECT ARRAY(SELECT c->>'departmentId' FROM jsonb_array_elements(contracts) c) AS departments FROM employees WHERE organization_id = ANY($1::uuid[])`,
      [[organization.organizationId]],
    );
    return [...new Set(rows.flatMap((r) => r.departments))];
  }

  async organizationName(organizationId: string): Promise<string | null> {
    const [row]: { name: string }[] = await this.db.query(`SELECT name FROM organizations WHERE organization_id = $1`, [organizationId]);
    return row?.name ?? null;
  }

  /** Who a document is about: personnel number and name, either unknown until the directory's events arrive. */
  async employeeIdentity(employeeId: string): Promise<{ employeeNumber: string | null; name: string | null }> {
    const [row]: { employee_number: string; name: string | null }[] = await this.db.query(
      `SELECT employee_number, name FROM employees WHERE employee_id = $1`,
      [employeeId],
    );
    return { employeeNumber: row?.employee_number ?? null, name: row?.name ?? null };
  }
}
