import { required, type EmploymentPeriod, type SickInterval, type SickReportFact } from '@terugkeer/domain';
import type { DataSource } from 'typeorm';

export interface OrganizationFacts {
  organizationId: string;
  name: string;
  fullTimeHours: number;
  dailyAbsenceCost: number | null;
  programmeCost: number | null;
  healthProviderId: string | null;
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

export class StatisticsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async organizations(ids: string[]): Promise<OrganizationFacts[]> {
    return this.dataSource.query(
      `SELECT organization_id AS "organizationId", name, full_time_hours::float AS "fullTimeHours",
              daily_absence_cost::float AS "dailyAbsenceCost", programme_cost::float AS "programmeCost",
              health_provider_id AS "healthProviderId"
         FROM organizations WHERE organization_id = ANY($1::uuid[]) ORDER BY name`,
      [ids],
    );
  }

  async organizationsOfProviders(providerIds: string[]): Promise<OrganizationFacts[]> {
    const rows: { organization_id: string }[] = await this.dataSource.query(
      `SELECT organization_id FROM organizations WHERE health_provider_id = ANY($1::uuid[])`,
      [providerIds],
    );
    return this.organizations(rows.map((r) => r.organization_id));
  }

  async departments(organizationIds: string[]): Promise<{ departmentId: string; organizationId: string; name: string; managerUserId: string | null }[]> {
    return this.dataSource.query(
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
      contracts: { from: string; to: string | null; hoursPerWeek: number; departmentId: string | null }[];
    }[] = await this.dataSource.query(
      `SELECT employee_id, organization_id, manager_user_id, contracts FROM employees WHERE organization_id = ANY($1::uuid[])`,
      [[...fullTime.keys()]],
    );
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

  async sickReports(employeeIds: string[]): Promise<(SickReportFact & { caseId: string; relapse: boolean })[]> {
    const rows: {
      report_id: string;
      case_id: string;
      employee_id: string;
      first_sick_day: string;
      recovery_date: string | null;
      intervals: SickInterval[];
      relapse: boolean;
    }[] = await this.dataSource.query(
      `SELECT report_id, case_id, employee_id, first_sick_day::text, recovery_date::text, intervals, relapse
           FROM sick_reports WHERE employee_id = ANY($1::uuid[]) AND NOT removed ORDER BY first_sick_day, report_id`,
      [employeeIds],
    );
    return rows.map((row) => ({
      reportId: row.report_id,
      caseId: row.case_id,
      personId: row.employee_id,
      firstSickDay: row.first_sick_day,
      recoveryDate: row.recovery_date,
      relapse: row.relapse,
      intervals: row.intervals.map((i) => ({ from: i.from, percentage: i.percentage, therapeutic: i.therapeutic })),
    }));
  }
}
