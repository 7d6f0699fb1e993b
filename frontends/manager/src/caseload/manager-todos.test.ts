import { managerTodos, type TodoCase } from './manager-todos';

const base = (overrides: Partial<TodoCase>): TodoCase => ({
  id: 'c1',
  status: 'BUILD_UP',
  employee: { name: 'Sanne' },
  viewerRelationships: ['MANAGER'],
  milestones: [],
  actionPlan: null,
  ...overrides,
});

describe("the manager's to-do list", () => {
  it('puts overdue legal steps first, then those due soon by date, then plans to sign', () => {
    const todos = managerTodos([
      base({
        id: 'a',
        employee: { name: 'Anna' },
        milestones: [{ kind: 'EVALUATION', dueDate: '2026-12-10', status: 'DUE_SOON' }],
        actionPlan: { latest: { number: 2, status: 'DRAFT', signatures: [] } },
      }),
      base({
        id: 'b',
        employee: { name: 'Bram' },
        milestones: [
          { kind: 'ACTION_PLAN', dueDate: '2026-11-01', status: 'OVERDUE' },
          { kind: 'UWV_SICKNESS_NOTIFICATION', dueDate: '2026-12-01', status: 'DUE_SOON' },
        ],
      }),
      base({
        id: 'c',
        employee: { name: 'Carla' },
        milestones: [
          { kind: 'PROBLEM_ANALYSIS', dueDate: '2026-10-01', status: 'DONE' },
          { kind: 'WIA_APPLICATION', dueDate: '2027-06-01', status: 'UPCOMING' },
        ],
      }),
    ]);
    expect(todos.map((todo) => [todo.employeeName, todo.kind, todo.milestoneKind ?? todo.planVersion])).toEqual([
      ['Bram', 'MILESTONE_OVERDUE', 'ACTION_PLAN'],
      ['Bram', 'MILESTONE_DUE_SOON', 'UWV_SICKNESS_NOTIFICATION'],
      ['Anna', 'MILESTONE_DUE_SOON', 'EVALUATION'],
      ['Anna', 'SIGN_PLAN', 2],
    ]);
  });

  it('leaves out cases that ended: a late step of a recovered case is history', () => {
    const late = [{ kind: 'EVALUATION', dueDate: '2026-09-17', status: 'OVERDUE' }];
    expect(managerTodos([base({ status: 'RECOVERED', milestones: late }), base({ status: 'CLOSED', milestones: late })])).toEqual([]);
    expect(managerTodos([base({ status: 'RELAPSE', milestones: late })])).toHaveLength(1);
  });

  it('asks for a signature only of the manager, and only while theirs is missing', () => {
    const plan = (status: string, roles: string[]) => ({ latest: { number: 1, status, signatures: roles.map((role) => ({ role })) } });
    expect(managerTodos([base({ actionPlan: plan('PARTLY_SIGNED', ['EMPLOYEE']) })])).toHaveLength(1);
    expect(managerTodos([base({ actionPlan: plan('PARTLY_SIGNED', ['MANAGER']) })])).toEqual([]);
    expect(managerTodos([base({ actionPlan: plan('SIGNED', ['EMPLOYEE', 'MANAGER']) })])).toEqual([]);
    expect(managerTodos([base({ viewerRelationships: ['CASE_MANAGER'], actionPlan: plan('DRAFT', []) })])).toEqual([]);
  });
});
