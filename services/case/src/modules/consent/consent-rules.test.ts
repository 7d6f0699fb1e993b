import type { CaseRelationship } from '@terugkeer/domain';
import { mayReadRelapsePlan, maySeeDetail, maySeeTrend, type CurrentConsent } from './consent-rules';

const consents: CurrentConsent[] = [
  { scope: 'CHECK_IN_TREND', granteeRole: 'MANAGER', granted: true },
  { scope: 'CHECK_IN_DETAIL', granteeRole: 'COACH', granted: true },
  { scope: 'CHECK_IN_DETAIL', granteeRole: 'COMPANY_DOCTOR', granted: false },
];

describe('check-in consents', () => {
  it.each<[CaseRelationship[], boolean, boolean]>([
    [['EMPLOYEE'], true, true],
    [['MANAGER'], true, false],
    [['COACH'], true, true],
    [['COMPANY_DOCTOR'], false, false],
    [['CASE_MANAGER'], false, false],
    [[], false, false],
  ])('%j sees the trend: %s, the detail: %s', (relationships, trend, detail) => {
    expect(maySeeTrend(consents, relationships)).toBe(trend);
    expect(maySeeDetail(consents, relationships)).toBe(detail);
  });
});

describe('relapse-prevention plan', () => {
  const managerConsent: CurrentConsent[] = [{ scope: 'RELAPSE_PLAN', granteeRole: 'MANAGER', granted: true }];
  const withdrawn: CurrentConsent[] = [{ scope: 'RELAPSE_PLAN', granteeRole: 'MANAGER', granted: false }];
  it.each<[CaseRelationship[], CurrentConsent[], boolean]>([
    [['EMPLOYEE'], [], true],
    [['COACH'], [], true],
    [['COMPANY_DOCTOR'], [], true],
    [['MANAGER'], [], false],
    [['MANAGER'], consents, false],
    [['MANAGER'], withdrawn, false],
    [['MANAGER'], managerConsent, true],
    [['CASE_MANAGER'], managerConsent, false],
    [[], managerConsent, false],
  ])('%j with %j reads it: %s', (relationships, current, expected) => {
    expect(mayReadRelapsePlan(current, relationships)).toBe(expected);
  });
});
