import type { CaseRelationship } from '@terugkeer/domain';

export type Scope = 'CHECK_IN_TREND' | 'CHECK_IN_DETAIL' | 'RELAPSE_PLAN';
export type Grantee = 'MANAGER' | 'COMPANY_DOCTOR' | 'COACH';

/**
 * Which roles each scope can be given to: the trend to the manager, the detail to the
 * professionals, the relapse-prevention plan to the manager (coach and doctor read it anyway).
 */
export const GRANTABLE: Record<Scope, readonly Grantee[]> = {
  CHECK_IN_TREND: ['MANAGER', 'COMPANY_DOCTOR', 'COACH'],
  CHECK_IN_DETAIL: ['COMPANY_DOCTOR', 'COACH'],
  RELAPSE_PLAN: ['MANAGER'],
};

export interface CurrentConsent {
  scope: Scope;
  granteeRole: Grantee;
  granted: boolean;
}

/** Whether the viewer, in one of their relationships with the case, holds the consent. */
export function holdsConsent(consents: readonly CurrentConsent[], relationships: readonly CaseRelationship[], scope: Scope): boolean {
  return consents.some((c) => c.granted && c.scope === scope && relationships.includes(c.granteeRole));
}

/** Detail includes the trend: whoever may see each check-in may see their average. */
export function maySeeTrend(consents: readonly CurrentConsent[], relationships: readonly CaseRelationship[]): boolean {
  return relationships.includes('EMPLOYEE') || holdsConsent(consents, relationships, 'CHECK_IN_TREND') || maySeeDetail(consents, relationships);
}

export function maySeeDetail(consents: readonly CurrentConsent[], relationships: readonly CaseRelationship[]): boolean {
  return relationships.includes('EMPLOYEE') || holdsConsent(consents, relationships, 'CHECK_IN_DETAIL');
}

/** The plan is the employee's with their coach; the doctor reads it; the manager only with consent; the case manager never. */
export function mayReadRelapsePlan(consents: readonly CurrentConsent[], relationships: readonly CaseRelationship[]): boolean {
  if (relationships.some((relationship) => relationship === 'EMPLOYEE' || relationship === 'COACH' || relationship === 'COMPANY_DOCTOR')) return true;
  return holdsConsent(consents, relationships, 'RELAPSE_PLAN');
}
