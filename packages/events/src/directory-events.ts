import type { EventEnvelope } from './envelope';

/** Full state on every change, so a consumer can rebuild from any single event. */
export interface OrganizationUpsertedPayload {
  organizationId: string;
  name: string;
  /** Contract hours of a full-time employee; the part-time factor divides by it. */
  fullTimeHours: number;
  /** What one calendar day of full absence costs the employer, in euros; null when not set. */
  dailyAbsenceCost: number | null;
  /** What the 8-week programme costs per case, in euros; null when not set. */
  programmeCost: number | null;
  healthProviderId: string | null;
  /** The organization's choice to leave pregnancy-related absence out of its absence percentage, as CBS does. */
  excludePregnancyFromAbsencePercentage?: boolean;
}

export interface DepartmentUpsertedPayload {
  departmentId: string;
  organizationId: string;
  name: string;
  managerUserId: string | null;
}

export interface ContractPeriod {
  from: string;
  /** Last day, inclusive; null = open-ended. */
  to: string | null;
  hoursPerWeek: number;
  departmentId: string | null;
}

export interface EmployeeUpsertedPayload {
  employeeId: string;
  organizationId: string;
  employeeNumber: string;
  /** The employee's name, printed on the documents of her case; absent from older events. */
  name?: string;
  departmentId: string | null;
  /** The employee's own manager, who sees the team's aggregates; absent from events published before it existed. */
  managerUserId?: string | null;
  /** The employee's login, by which other services tell one employer's people from another's; absent from older events. */
  userId?: string | null;
  /** The whole contract history, ascending. */
  contracts: ContractPeriod[];
}

export type OrganizationUpserted = EventEnvelope<'organization.upserted', OrganizationUpsertedPayload>;
export type DepartmentUpserted = EventEnvelope<'department.upserted', DepartmentUpsertedPayload>;
export type EmployeeUpserted = EventEnvelope<'employee.upserted', EmployeeUpsertedPayload>;

export type DirectoryEvent = OrganizationUpserted | DepartmentUpserted | EmployeeUpserted;
export const DIRECTORY_EVENT_TYPES = ['organization.upserted', 'department.upserted', 'employee.upserted'] as const;
