import { hasRole } from '@terugkeer/service-kit';
import type { CaseContext } from '../../context';
import type { Employee } from '../directory/employee.entity';

export type EmployeeRelationship = 'SELF' | 'MANAGER' | 'CASE_MANAGER';

/** How the viewer relates to an employee record; none means it does not exist for them. */
export function employeeRelationships(context: CaseContext, employee: Employee): EmployeeRelationship[] {
  const { viewer } = context;
  const relationships: EmployeeRelationship[] = [];
  if (employee.userId === viewer.userId) relationships.push('SELF');
  if (employee.managerUserId === viewer.userId && hasRole(viewer, 'MANAGER', employee.organizationId)) relationships.push('MANAGER');
  if (hasRole(viewer, 'CASE_MANAGER', employee.organizationId)) relationships.push('CASE_MANAGER');
  return relationships;
}

/** Who records absence for an employee: their manager or the organization's case manager. */
export const mayRecordAbsence = (relationships: readonly EmployeeRelationship[]) => relationships.includes('MANAGER') || relationships.includes('CASE_MANAGER');
