import { coachTodos, type CoachTodoCase } from './coach-todos';

const base = (overrides: Partial<CoachTodoCase>): CoachTodoCase => ({
  id: 'c',
  status: 'BUILD_UP',
  employee: { name: 'Sanne' },
  sessionReports: [],
  programme: null,
  buildUp: null,
  talkRequests: [],
  ...overrides,
});

describe('what waits for the coach', () => {
  it('lists change requests first, then drafts, attendance to record and stagnation, by name within a kind', () => {
    const todos = coachTodos([
      base({
        id: 's',
        employee: { name: 'Sanne' },
        programme: { progress: { unrecorded: 2 } },
        buildUp: { stagnationAlerts: [{}, {}] },
        sessionReports: [{ state: 'DRAFT' }],
      }),
      base({ id: 'e', employee: { name: 'Emma' }, sessionReports: [{ state: 'CHANGES_REQUESTED' }, { state: 'RELEASED' }, { state: 'DRAFT' }] }),
    ]);
    expect(todos.map((todo) => [todo.kind, todo.employeeName, todo.count, todo.tab])).toEqual([
      ['REVISE_REPORTS', 'Emma', 1, 'reports'],
      ['SEND_DRAFTS', 'Emma', 1, 'reports'],
      ['SEND_DRAFTS', 'Sanne', 1, 'reports'],
      ['RECORD_ATTENDANCE', 'Sanne', 2, 'programme'],
      ['STAGNATION', 'Sanne', 2, 'alerts'],
    ]);
  });

  it('puts a waiting request for an extra talk first, and forgets it once planned', () => {
    const todos = coachTodos([
      base({ id: 's', sessionReports: [{ state: 'DRAFT' }], talkRequests: [{ state: 'REQUESTED' }, { state: 'PLANNED' }] }),
      base({ id: 'e', employee: { name: 'Emma' }, talkRequests: [{ state: 'PLANNED' }] }),
    ]);
    expect(todos.map((todo) => [todo.kind, todo.employeeName, todo.count, todo.tab])).toEqual([
      ['EXTRA_TALK', 'Sanne', 1, 'relapse'],
      ['SEND_DRAFTS', 'Sanne', 1, 'reports'],
    ]);
  });

  it('asks nothing for a finished case or one where all is done', () => {
    expect(coachTodos([base({ status: 'RECOVERED', sessionReports: [{ state: 'DRAFT' }] })])).toEqual([]);
    expect(
      coachTodos([base({ programme: { progress: { unrecorded: 0 } }, buildUp: { stagnationAlerts: [] }, sessionReports: [{ state: 'VALIDATED' }] })]),
    ).toEqual([]);
  });
});
