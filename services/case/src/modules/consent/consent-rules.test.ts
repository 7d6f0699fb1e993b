import type { CaseRelationship } from '@terugkeer/domain';
import { maySeeDetail, maySeeTrend, type CurrentConsent } from './consent-rules';

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
