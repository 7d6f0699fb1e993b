import type { CaseRelationship } from '@terugkeer/domain';

export const RECTIFIABLE_DATA_CLASSES = [
  'CASE_BASICS',
  'ABSENCE',
  'DIRECTORY',
  'CAPABILITY_PROFILE',
  'MEDICAL_NOTES',
  'ACTION_PLAN',
  'RELAPSE_PLAN',
  'CHECK_IN',
  'SESSION_REPORT',
] as const;

export const MAX_TEXT_LENGTH = 5000;

/** Medical data is the company doctor's to correct; everything else the case manager's. */
export function mayResolveRectification(dataClass: string, relationships: readonly CaseRelationship[]): boolean {
  return dataClass === 'MEDICAL_NOTES' ? relationships.includes('COMPANY_DOCTOR') : relationships.includes('CASE_MANAGER');
}

/** The employee and whoever resolves requests of that kind see them; nobody else. */
export function maySeeRectification(dataClass: string, relationships: readonly CaseRelationship[]): boolean {
  return relationships.includes('EMPLOYEE') || mayResolveRectification(dataClass, relationships);
}
