/**
 * The roles a person holds at an employer or a health provider. The same names, but for
 * ANALYST (aggregates only, never one case), say how someone relates to one case
 * (`CaseRelationship`) and who takes part in it.
 */
export const Role = {
  EMPLOYEE: 'EMPLOYEE',
  MANAGER: 'MANAGER',
  CASE_MANAGER: 'CASE_MANAGER',
  COMPANY_DOCTOR: 'COMPANY_DOCTOR',
  COACH: 'COACH',
  ANALYST: 'ANALYST',
} as const;

export type Role = (typeof Role)[keyof typeof Role];

export const ROLES: readonly Role[] = Object.values(Role);
