import { doctorDue, isFinished, type DueCase } from './doctor-due';

const base = (overrides: Partial<DueCase>): DueCase => ({
  id: 'c',
  status: 'PROBLEM_ANALYSIS',
  employee: { name: 'Noor' },
  milestones: [],
  escalations: [],
  ...overrides,
});

describe("the company doctor's list of what is due", () => {
  it('puts urgent escalations first, then overdue and nearly due analyses, then other escalations', () => {
    const due = doctorDue([
      base({ id: 'a', employee: { name: 'Anna' }, escalations: [{ id: 'e1', urgency: 'NORMAL', status: 'OPEN' }] }),
      base({ id: 'b', employee: { name: 'Bram' }, milestones: [{ kind: 'PROBLEM_ANALYSIS', dueDate: '2026-12-01', status: 'DUE_SOON' }] }),
      base({
        id: 'c',
        employee: { name: 'Carla' },
        milestones: [
          { kind: 'PROBLEM_ANALYSIS', dueDate: '2026-11-01', status: 'OVERDUE' },
          { kind: 'ACTION_PLAN', dueDate: '2026-11-10', status: 'OVERDUE' },
        ],
      }),
      base({
        id: 'd',
        employee: { name: 'Dirk' },
        escalations: [
          { id: 'e2', urgency: 'URGENT', status: 'OPEN' },
          { id: 'e3', urgency: 'URGENT', status: 'ACKNOWLEDGED' },
        ],
      }),
    ]);
    expect(due.map((item) => [item.employeeName, item.kind])).toEqual([
      ['Dirk', 'URGENT_ESCALATION'],
      ['Carla', 'ANALYSIS_OVERDUE'],
      ['Bram', 'ANALYSIS_DUE_SOON'],
      ['Anna', 'ESCALATION'],
    ]);
  });

  it('keeps an open escalation of a recovered case but not its late analysis, and reads no escalations as none', () => {
    const late = [{ kind: 'PROBLEM_ANALYSIS', dueDate: '2026-01-01', status: 'OVERDUE' }];
    expect(
      doctorDue([base({ status: 'RECOVERED', milestones: late, escalations: [{ id: 'e', urgency: 'NORMAL', status: 'OPEN' }] })]).map((i) => i.kind),
    ).toEqual(['ESCALATION']);
    expect(doctorDue([base({ escalations: null })])).toEqual([]);
  });
});

describe('a finished case', () => {
  it('asks nothing of the doctor but its open escalations, even with an analysis missed before recovery', () => {
    const recovered = {
      id: 'r',
      status: 'RECOVERED',
      employee: { name: 'Rosa' },
      milestones: [{ kind: 'PROBLEM_ANALYSIS', dueDate: '2026-10-01', status: 'OVERDUE' }],
      escalations: [{ id: 'e', urgency: 'NORMAL', status: 'OPEN' }],
    };
    expect(doctorDue([recovered]).map((item) => item.kind)).toEqual(['ESCALATION']);
    expect(isFinished('RECOVERED')).toBe(true);
    expect(isFinished('BUILD_UP')).toBe(false);
  });
});
