import { hasRole, isUuid, notFound, type Queryable, type Viewer } from '@terugkeer/service-kit';
import { AbsenceDaysRepository, type AbsenceScope } from '../absence/absence-days.repository';
import { DirectoryRepository } from '../directory/directory.repository';

/** Who is asking decides which employment periods count and whether small groups are hidden. */
export interface StatisticsScope {
  absence: AbsenceScope;
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
  const excludePregnancyFromAbsencePercentage = organizations[0].excludePregnancyFromAbsencePercentage;
  if (isCaseManager)
    return {
      absence: { organizationIds: [organizationId], managed: null },
      suppressSmallGroups: false,
      suppressSmallDepartments: true,
      departmentNames,
      excludePregnancyFromAbsencePercentage,
    };

  // Their own employees in every contract, and every contract in a department they manage.
  const absence: AbsenceScope = {
    organizationIds: [organizationId],
    managed: {
      employeeIds: await repository.employeeIdsManagedBy(organizationId, viewer.userId),
      departmentIds: departments.filter((d) => d.managerUserId === viewer.userId).map((d) => d.departmentId),
    },
  };
  if (!(await new AbsenceDaysRepository(db).hasEmployment(absence))) throw unknown;
  return { absence, suppressSmallGroups: true, suppressSmallDepartments: true, departmentNames, excludePregnancyFromAbsencePercentage };
}

/** A doctor or coach of a health provider sees the aggregates across the organizations it serves. */
export async function providerScope(db: Queryable, viewer: Viewer): Promise<StatisticsScope> {
  const repository = new DirectoryRepository(db);
  const providerIds = [
    ...new Set(viewer.memberships.flatMap((m) => ((m.role === 'COMPANY_DOCTOR' || m.role === 'COACH') && m.healthProviderId ? [m.healthProviderId] : []))),
  ];
  const organizations = providerIds.length === 0 ? [] : await repository.organizationsOfProviders(providerIds);
  const departments = await repository.departments(organizations.map((o) => o.organizationId));
  return {
    absence: { organizationIds: organizations.map((o) => o.organizationId), managed: null },
    suppressSmallGroups: true,
    suppressSmallDepartments: true,
    departmentNames: new Map(departments.map((d) => [d.departmentId, d.name])),
    excludePregnancyFromAbsencePercentage: organizations.length > 0 && organizations.every((o) => o.excludePregnancyFromAbsencePercentage),
  };
}
