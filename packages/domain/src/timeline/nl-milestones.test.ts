import type { CaseSpan } from '../absence/absence-case';
import { deriveCases } from '../absence/derive-cases';
import type { SickReport } from '../absence/sick-report';
import { addDays } from '../calendar/iso-date';
import { computeMilestones, type MilestoneInput } from './compute-milestones';
import type { Milestone, MilestoneKey } from './milestone';

// Sick from Monday 5 January 2026; D + 6 days of a week is always a Sunday.
const jan5: CaseSpan = { firstSickDay: '2026-01-05', gaps: [], recoveryDate: null };

function nl(overrides: Partial<MilestoneInput> = {}): Milestone[] {
  return computeMilestones({ jurisdiction: 'NL', sickCase: jan5, today: '2026-01-05', ...overrides });
}

function byKey(milestones: Milestone[], key: MilestoneKey): Milestone {
  const found = milestones.find((m) => m.key === key);
  if (!found) throw new Error(`no milestone ${key}`);
  return found;
}

describe('NL milestones', () => {
  it.each<[MilestoneKey, string, string | null]>([
    ['PROBLEM_ANALYSIS', '2026-02-15', '2026-02-13'], // D+41 is a Sunday: warn on Friday
    ['ACTION_PLAN', '2026-03-01', '2026-02-27'], // D+55 is a Sunday
    ['EVALUATION#1', '2026-04-12', '2026-04-10'], // 6 weeks after the action plan's due date
    ['UWV_SICKNESS_NOTIFICATION', '2026-10-26', null], // D+294 is a Monday and a working day
    ['FIRST_YEAR_EVALUATION', '2027-01-03', '2026-12-31'], // Sunday; Friday 1 January is Nieuwjaarsdag
    ['WIA_APPLICATION', '2027-10-17', '2027-10-15'],
    ['END_OF_WAGE_PAYMENT', '2028-01-02', '2027-12-31'], // after 104 weeks
  ])('%s is due on %s, warning on %s', (key, dueDate, warnOn) => {
    const milestone = byKey(nl(), key);
    expect(milestone.dueDate).toBe(dueDate);
    expect(milestone.warnOn).toBe(warnOn);
  });

  it('returns the milestones in date order, evaluations among them', () => {
    const kinds = nl().map((m) => m.key);
    expect(kinds.slice(0, 4)).toEqual(['PROBLEM_ANALYSIS', 'ACTION_PLAN', 'EVALUATION#1', 'EVALUATION#2']);
    expect(kinds.at(-1)).toBe('END_OF_WAGE_PAYMENT');
  });

  it.each([
    // Projected from the action plan's due date, sick day 56: 56 + 42n < 728 for n = 1..15;
    // #15 is sick day 686, 42 days before the end of wage payment (2 Jan 2028).
    [undefined, 15, '2027-11-21'],
    // Plan made on Wednesday 25 Feb, sick day 52: 52 + 42n < 728 for n = 1..16; #16 is sick day 724.
    ['2026-02-25', 16, '2027-12-29'],
  ])('with action plan date %s there are %i evaluations, the last on %s', (actionPlanDate, count, last) => {
    const evaluations = nl({ actionPlanDate }).filter((m) => m.kind === 'EVALUATION');
    expect(evaluations).toHaveLength(count);
    expect(evaluations.at(-1)?.dueDate).toBe(last);
    expect(evaluations[0].dueDate).toBe(addDays(actionPlanDate ?? '2026-03-01', 42));
  });

  it('takes the action plan record as the start of the evaluations when no plan date is given', () => {
    expect(byKey(nl({ fulfilled: { ACTION_PLAN: '2026-02-25' } }), 'EVALUATION#1').dueDate).toBe('2026-04-08');
  });

  it('marks a single evaluation done by its key', () => {
    const milestones = nl({ today: '2026-05-01', fulfilled: { 'EVALUATION#1': '2026-04-09' } });
    expect(byKey(milestones, 'EVALUATION#1')).toMatchObject({ status: 'DONE', onTime: true });
    expect(byKey(milestones, 'EVALUATION#2').status).toBe('UPCOMING');
  });

  it.each([
    // D+294 = Easter Monday 6 April 2026 → Tuesday 7 April.
    ['2025-06-16', '2026-04-07'],
    // D+294 = Koningsdag Monday 27 April 2026 → Tuesday 28 April.
    ['2025-07-07', '2026-04-28'],
    // D+294 = Saturday 26 April 2025 (Koningsdag moved from Sunday) → Monday 28 April.
    ['2024-07-06', '2025-04-28'],
  ])('the UWV notification for first sick day %s moves to the working day %s', (firstSickDay, expected) => {
    const uwv = byKey(nl({ sickCase: { firstSickDay, gaps: [] } }), 'UWV_SICKNESS_NOTIFICATION');
    expect(uwv.dueDate).toBe(expected);
    expect(uwv.warnOn).toBeNull();
  });

  describe('a case continued after 10 fit days', () => {
    const reports: SickReport[] = [
      { id: 'r1', firstSickDay: '2026-01-05', intervals: [{ from: '2026-01-05', percentage: 100, therapeutic: false }], recoveryDate: '2026-01-20' },
      { id: 'r2', firstSickDay: '2026-01-30', intervals: [{ from: '2026-01-30', percentage: 50, therapeutic: false }], recoveryDate: null },
    ];
    const [continued] = deriveCases(reports);
    const withoutGap = nl();
    const withGap = nl({ sickCase: continued });

    it('is one case with a 10-day gap', () => {
      expect(continued.gaps).toEqual([{ from: '2026-01-20', to: '2026-01-30', days: 10 }]);
    });

    it.each(withoutGap.map((m) => [m.key, m.dueDate]))('%s moves from %s back 10 days', (key, dueDate) => {
      expect(byKey(withGap, key).dueDate).toBe(addDays(dueDate, 10));
    });
  });

  it.each<[string, Partial<MilestoneInput>, Partial<Milestone>]>([
    ['8 days ahead is upcoming', { today: '2026-02-07' }, { status: 'UPCOMING', onTime: null }],
    ['7 days ahead is due soon', { today: '2026-02-08' }, { status: 'DUE_SOON' }],
    ['on the due date it is due soon', { today: '2026-02-15' }, { status: 'DUE_SOON' }],
    ['the day after, unfulfilled, it is overdue', { today: '2026-02-16' }, { status: 'OVERDUE', onTime: null }],
    [
      'fulfilled before the due date: done on time',
      { today: '2026-03-01', fulfilled: { PROBLEM_ANALYSIS: '2026-02-10' } },
      { status: 'DONE', fulfilledOn: '2026-02-10', onTime: true },
    ],
    ['fulfilled on the due date: on time', { today: '2026-03-01', fulfilled: { PROBLEM_ANALYSIS: '2026-02-15' } }, { status: 'DONE', onTime: true }],
    ['fulfilled late: done, not on time', { today: '2026-03-01', fulfilled: { PROBLEM_ANALYSIS: '2026-02-20' } }, { status: 'DONE', onTime: false }],
    [
      'recovered on 10 Feb, before it was due: not applicable',
      { today: '2026-02-20', sickCase: { ...jan5, recoveryDate: '2026-02-10' } },
      { status: 'NOT_APPLICABLE' },
    ],
    ['recovered on 1 Mar, after it was due: still overdue', { today: '2026-03-05', sickCase: { ...jan5, recoveryDate: '2026-03-01' } }, { status: 'OVERDUE' }],
  ])('problem analysis (due 15 Feb): %s', (_, overrides, expected) => {
    expect(byKey(nl(overrides), 'PROBLEM_ANALYSIS')).toMatchObject(expected);
  });

  it.each([
    ['2028-01-01', 'DUE_SOON'],
    ['2028-01-02', 'OPEN'], // wage payment may stop from the due date itself
  ])('end of wage payment on %s is %s', (today, status) => {
    expect(byKey(nl({ today }), 'END_OF_WAGE_PAYMENT').status).toBe(status);
  });
});
