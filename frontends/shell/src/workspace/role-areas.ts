import type { RemoteName } from '../runtime-config';

export interface RoleArea {
  id: string;
  remote: RemoteName;
  label: 'employee' | 'manager' | 'caseManager' | 'companyDoctor' | 'coach';
}

/** Which areas a user gets, from their roles; a case manager works in the manager remote. */
export function roleAreas(roles: readonly string[]): RoleArea[] {
  const areas: RoleArea[] = [];
  if (roles.includes('MANAGER')) areas.push({ id: 'manager', remote: 'manager', label: 'manager' });
  if (roles.includes('CASE_MANAGER')) areas.push({ id: 'case-manager', remote: 'manager', label: 'caseManager' });
  if (roles.includes('COMPANY_DOCTOR')) areas.push({ id: 'company-doctor', remote: 'companyDoctor', label: 'companyDoctor' });
  if (roles.includes('COACH')) areas.push({ id: 'coach', remote: 'coach', label: 'coach' });
  if (roles.includes('EMPLOYEE')) areas.push({ id: 'employee', remote: 'employee', label: 'employee' });
  return areas;
}
