import { employeeTodos, type EmployeeTodoFacts } from './employee-todos';

const nothingDue: EmployeeTodoFacts = {
  viewerId: 'sanne',
  today: '2026-11-25', // a Wednesday
  actionPlan: { signatures: [{ role: 'EMPLOYEE' }, { role: 'MANAGER' }] },
  relapsePlan: { agreedByEmployeeAt: '2026-10-01T10:00:00Z' },
  sessionReports: [{ state: 'RELEASED', participants: [{ userId: 'sanne', validated: true }] }],
  checkInDates: ['2026-11-23'],
  buildUpWeeks: [
    { weekStart: '2026-11-16', planned: 12, actual: 12 },
    { weekStart: '2026-11-23', planned: 16, actual: null },
  ],
};

const kinds = (facts: Partial<EmployeeTodoFacts>) => employeeTodos({ ...nothingDue, ...facts }).map((todo) => [todo.kind, todo.count]);

describe('what waits for the employee', () => {
  it('is nothing when everything is signed, validated, checked in and entered (this week’s hours can wait)', () => {
    expect(employeeTodos(nothingDue)).toEqual([]);
  });

  it('asks to sign the plan until the employee has signed, and to agree a relapse-prevention plan', () => {
    expect(kinds({ actionPlan: { signatures: [{ role: 'MANAGER' }] }, relapsePlan: { agreedByEmployeeAt: null } })).toEqual([
      ['SIGN_ACTION_PLAN', 1],
      ['AGREE_RELAPSE_PLAN', 1],
    ]);
    expect(kinds({ actionPlan: null, relapsePlan: null })).toEqual([]);
  });

  it('counts the summaries waiting for this employee’s approval, and never asks to release an approved one', () => {
    const reports = [
      {
        state: 'AWAITING_VALIDATION',
        participants: [
          { userId: 'sanne', validated: false },
          { userId: 'mark', validated: true },
        ],
      },
      {
        state: 'AWAITING_VALIDATION',
        participants: [
          { userId: 'sanne', validated: true },
          { userId: 'mark', validated: false },
        ],
      },
      { state: 'VALIDATED', participants: [{ userId: 'sanne', validated: true }] },
      { state: 'DRAFT', participants: [{ userId: 'sanne', validated: false }] },
    ];
    expect(kinds({ sessionReports: reports })).toEqual([['VALIDATE_SUMMARIES', 1]]);
  });

  it('asks for a check-in when none was made since Monday, unless check-ins are not the viewer’s to see', () => {
    expect(kinds({ checkInDates: ['2026-11-22'] })).toEqual([['CHECK_IN', 1]]);
    expect(kinds({ checkInDates: [] })).toEqual([['CHECK_IN', 1]]);
    expect(kinds({ checkInDates: null })).toEqual([]);
  });

  it('counts past weeks of the build-up with planned hours but none entered', () => {
    const weeks = [
      { weekStart: '2026-11-09', planned: 8, actual: null },
      { weekStart: '2026-11-16', planned: 12, actual: null },
      { weekStart: '2026-11-23', planned: 16, actual: null },
      { weekStart: '2026-11-02', planned: 0, actual: null },
    ];
    expect(kinds({ buildUpWeeks: weeks })).toEqual([['ENTER_HOURS', 2]]);
  });
});
