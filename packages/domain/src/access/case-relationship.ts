import type { Role } from './role';

/**
 * How a person relates to one case decides what they may see of it (the privacy
 * matrix): the role they have in it. Every subgraph answers this from its own copy of the same facts.
 */
export type CaseRelationship = Exclude<Role, 'ANALYST'>;

export interface CaseAccessFacts {
  organizationId: string;
  employeeUserId: string | null;
  managerUserId: string | null;
  doctorUserIds: readonly string[];
  coachUserIds: readonly string[];
}

export interface AccessViewer {
  userId: string;
  memberships: readonly { role: string; organizationId: string | null; healthProviderId: string | null }[];
}

/** All relationships the viewer has with the case; empty means the case does not exist for them. */
export function caseRelationships(viewer: AccessViewer, facts: CaseAccessFacts): CaseRelationship[] {
  const holds = (role: string, organizationId?: string) =>
    viewer.memberships.some((m) => m.role === role && (organizationId === undefined || m.organizationId === organizationId));
  const relationships: CaseRelationship[] = [];
  if (facts.employeeUserId === viewer.userId) relationships.push('EMPLOYEE');
  if (facts.managerUserId === viewer.userId && holds('MANAGER', facts.organizationId)) relationships.push('MANAGER');
  if (holds('CASE_MANAGER', facts.organizationId)) relationships.push('CASE_MANAGER');
  if (facts.doctorUserIds.includes(viewer.userId) && holds('COMPANY_DOCTOR')) relationships.push('COMPANY_DOCTOR');
  if (facts.coachUserIds.includes(viewer.userId) && holds('COACH')) relationships.push('COACH');
  return relationships;
}
