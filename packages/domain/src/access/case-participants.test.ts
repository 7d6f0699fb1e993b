import { caseParticipantFacts } from './case-participants';

describe('caseParticipantFacts', () => {
  it('names the employee and manager and lists every doctor and coach', () => {
    expect(
      caseParticipantFacts([
        { userId: 'sanne', role: 'EMPLOYEE' },
        { userId: 'mark', role: 'MANAGER' },
        { userId: 'eva', role: 'COMPANY_DOCTOR' },
        { userId: 'joost', role: 'COACH' },
        { userId: 'anna', role: 'COACH' },
        { userId: 'fatima', role: 'CASE_MANAGER' },
      ]),
    ).toEqual({ employeeUserId: 'sanne', managerUserId: 'mark', doctorUserIds: ['eva'], coachUserIds: ['joost', 'anna'] });
  });

  it('leaves a role nobody holds empty', () => {
    expect(caseParticipantFacts([{ userId: 'sanne', role: 'EMPLOYEE' }])).toEqual({
      employeeUserId: 'sanne',
      managerUserId: null,
      doctorUserIds: [],
      coachUserIds: [],
    });
  });
});
