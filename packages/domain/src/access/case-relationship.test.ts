import { caseRelationships, type AccessViewer, type CaseAccessFacts } from './case-relationship';

const facts: CaseAccessFacts = {
  organizationId: 'org-a',
  employeeUserId: 'sanne',
  managerUserId: 'mark',
  doctorUserIds: ['doctor'],
  coachUserIds: ['coach'],
};

const viewer = (userId: string, role: string, organizationId: string | null = 'org-a'): AccessViewer => ({
  userId,
  memberships: [{ role, organizationId, healthProviderId: organizationId ? null : 'arbo' }],
});

describe('caseRelationships', () => {
  it.each([
    ['the employee herself', viewer('sanne', 'EMPLOYEE'), ['EMPLOYEE']],
    ['her manager', viewer('mark', 'MANAGER'), ['MANAGER']],
    ['a manager of another team', viewer('other-manager', 'MANAGER'), []],
    ['her manager id, but the role is in another organization', viewer('mark', 'MANAGER', 'org-b'), []],
    ['the case manager of the organization', viewer('hr', 'CASE_MANAGER'), ['CASE_MANAGER']],
    ['a case manager of another organization', viewer('hr-b', 'CASE_MANAGER', 'org-b'), []],
    ['the assigned doctor', viewer('doctor', 'COMPANY_DOCTOR', null), ['COMPANY_DOCTOR']],
    ['an unassigned doctor', viewer('doctor-2', 'COMPANY_DOCTOR', null), []],
    ['the assigned coach', viewer('coach', 'COACH', null), ['COACH']],
    ['an unassigned coach', viewer('coach-2', 'COACH', null), []],
    ['another employee', viewer('piet', 'EMPLOYEE'), []],
  ])('%s', (_label, who, expected) => {
    expect(caseRelationships(who, facts)).toEqual(expected);
  });
});
