import { notificationTarget } from './notification-target';

const ALL = ['manager', 'case-manager', 'company-doctor', 'coach', 'employee'];
const about = (reason: string, ...relationships: string[]) => ({ reason, case: { id: 'c-1', viewerRelationships: relationships } });

describe('where a notification leads', () => {
  it.each([
    [about('SESSION_REPORT_AWAITS_VALIDATION', 'EMPLOYEE'), '/employee/sessions'],
    [{ reason: 'SESSION_REPORT_AWAITS_VALIDATION', case: null }, '/employee/sessions'],
    [about('SESSION_REPORT_AWAITS_VALIDATION', 'MANAGER'), '/manager/talks'],
    [about('SESSION_REPORT_AWAITS_VALIDATION', 'COACH'), '/coach/reports'],
    [about('MILESTONE_REMINDER', 'MANAGER'), '/manager/cases/c-1/plan'],
    [about('MILESTONE_REMINDER', 'CASE_MANAGER'), '/case-manager/cases/c-1/plan'],
    [about('STAGNATION_DETECTED', 'COACH'), '/coach/alerts'],
    [about('STAGNATION_DETECTED', 'CASE_MANAGER'), '/case-manager/cases/c-1/build-up'],
    [about('ACTION_PLAN_SIGNED', 'EMPLOYEE'), '/employee/plans'],
    [about('ACTION_PLAN_SIGNED', 'CASE_MANAGER'), '/case-manager/cases/c-1/plan'],
    [about('ACTION_PLAN_SIGNED', 'COMPANY_DOCTOR'), '/company-doctor/cases/c-1/analysis'],
    [about('SOMETHING_NEW', 'MANAGER'), null],
  ])('%j leads to %s', (notification, target) => {
    expect(notificationTarget(notification, ALL)).toBe(target);
  });

  it('leads nowhere the viewer has no area for, nor to a case that is not theirs', () => {
    expect(notificationTarget(about('MILESTONE_REMINDER', 'MANAGER'), ['employee'])).toBeNull();
    expect(notificationTarget({ reason: 'MILESTONE_REMINDER', case: null }, ALL)).toBeNull();
  });
});
