import type { EmploymentPeriod } from '@terugkeer/domain';
import { hasRole, isUuid, notFound, type Queryable, type Viewer } from '@terugkeer/service-kit';
import { DirectoryRepository, type EmployeeFacts } from '../directory/directory.repository';

/** Who is asking decides which employment periods count and whether small groups are hidden. */
export interface StatisticsScope {
  employment: EmploymentPeriod[];
  employeeIds: string[];
  /** Managers and health providers never see groups of fewer than 5 persons. */
  suppressSmallGroups: boolean;
  /**
   * Departments of fewer than 5 are hidden from everyone, the case manager too: she knows her
   * cases, but a department's figure would tell her about its people who never reported sick.
   */
  suppressSmallDepartments: boolean;
  departmentNames: Map<string, string>;
  /**
   * The organization's choice to leave pregnancy-related absence out of the percentage (CBS);
   * across a provider's employers only when every one of them made it, so one rule holds.
   */
  excludePregnancyFromAbsencePercentage: boolean;
}

function scopeOf(employees: EmployeeFacts[], keep: (employee: EmployeeFacts, period: EmploymentPeriod) => boolean) {
  const employment = employees.flatMap((e) => e.employment.filter((period) => keep(e, period)));
  return { employment, employeeIds: [...new Set(employment.map((p) => p.personId))] };
}

/**
 * A case manager sees the whole organization; a manager the departments they manage and
 * the employees they manage. Anyone else is told the organization does not exist.
 */
export async function organizationScope(db: Queryable, viewer: Viewer, organizationId: string): Promise<StatisticsScope> {
  const unknown = notFound('Organization', organizationId);
  if (!isUuid(organizationId)) throw unknown;
  const isCaseManager = hasRole(viewer, 'CASE_MANAGER', organizationId);
  if (!isCaseManager && !hasRole(viewer, 'MANAGER', organizationId)) throw unknown;
  const repository = new DirectoryRepository(db);
  const organizations = await repository.organizations([organizationId]);
  if (organizations.length === 0) throw unknown;
  const departments = await repository.departments([organizationId]);
  const departmentNames = new Map(departments.map((d) => [d.departmentId, d.name]));
  const employees = await repository.employees(organizations);
  const excludePregnancyFromAbsencePercentage = organizations[0].excludePregnancyFromAbsencePercentage;
  if (isCaseManager)
    return {
      ...scopeOf(employees, () => true),
      suppressSmallGroups: false,
      suppressSmallDepartments: true,
      departmentNames,
      excludePregnancyFromAbsencePercentage,
    };

  const managed = new Set(departments.filter((d) => d.managerUserId === viewer.userId).map((d) => d.departmentId));
  const scope = scopeOf(
    employees,
    (employee, period) => employee.managerUserId === viewer.userId || (period.departmentId !== undefined && managed.has(period.departmentId)),
  );
  if (scope.employeeIds.length === 0) throw unknown;
  return { ...scope, suppressSmallGroups: true, suppressSmallDepartments: true, departmentNames, excludePregnancyFromAbsencePercentage };
}

/** A doctor or coach of a health provider sees the aggregates across the organizations it serves. */
export async function providerScope(db: Queryable, viewer: Viewer): Promise<StatisticsScope> {
  const repository = new DirectoryRepository(db);
  const providerIds = [
    ...new Set(viewer.memberships.flatMap((m) => ((m.role === 'COMPANY_DOCTOR' || m.role === 'COACH') && m.healthProviderId ? [m.healthProviderId] : []))),
  ];
  const organizations = providerIds.length === 0 ? [] : await repository.organizationsOfProviders(providerIds);
  const departments = await repository.departments(organizations.map((o) => o.organizationId));
  const employees = await repository.employees(organizations);
  return {
    ...scopeOf(employees, () => true),
    suppressSmallGroups: true,
    suppressSmallDepartments: true,
    departmentNames: new Map(departments.map((d) => [d.departmentId, d.name])),
    excludePregnancyFromAbsencePercentage: organizations.length > 0 && organizations.every((o) => o.excludePregnancyFromAbsencePercentage),
  };
}
