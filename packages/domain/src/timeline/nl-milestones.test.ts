import type { CaseSpan } from '../absence/absence-case';
import { deriveCases } from '../absence/derive-cases';
import type { SafetyNetGround, SickReport } from '../absence/sick-report';
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
    ['SECOND_TRACK_DECISION', '2027-02-14', '2027-02-12'], // 6 weeks after the first-year evaluation's due date
    ['UWV_WIA_LETTER', '2027-09-06', null], // D+609, the Monday that starts week 88
    ['REINTEGRATION_REPORT', '2027-10-03', '2027-10-01'], // two weeks before the WIA application: week 91
    ['FINAL_EVALUATION', '2027-10-03', '2027-10-01'],
    ['WIA_APPLICATION', '2027-10-17', '2027-10-15'], // D+650, last day of week 93
    ['END_OF_WAGE_PAYMENT', '2028-01-03', null], // D+728: the day after the 104th week, a Monday
    ['DISMISSAL_BAN_ENDS', '2028-01-03', null],
  ])('%s is due on %s, warning on %s', (key, dueDate, warnOn) => {
    const milestone = byKey(nl(), key);
    expect(milestone.dueDate).toBe(dueDate);
    expect(milestone.warnOn).toBe(warnOn);
  });

  it('returns the milestones in date order, evaluations among them', () => {
    const kinds = nl().map((m) => m.key);
    expect(kinds.slice(0, 4)).toEqual(['PROBLEM_ANALYSIS', 'ACTION_PLAN', 'EVALUATION#1', 'EVALUATION#2']);
    expect(kinds.slice(-2)).toEqual(['END_OF_WAGE_PAYMENT', 'DISMISSAL_BAN_ENDS']);
  });

  it.each([
    // Projected from the action plan's due date, sick day 56: 56 + 42n ≤ 728 for n = 1..16;
    // #16 is sick day 728, the last day of wage payment (2 Jan 2028; it ends on sick day 729).
    [undefined, 16, '2028-01-02'],
    // Plan made on Wednesday 25 Feb, sick day 52: 52 + 42n ≤ 728 for n = 1..16; #16 is sick day 724.
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
    ['2028-01-02', 'DUE_SOON'], // the last day of the 104 weeks: wages are still owed
    ['2028-01-03', 'OPEN'], // wage payment may stop from the day after
  ])('end of wage payment on %s is %s', (today, status) => {
    expect(byKey(nl({ today }), 'END_OF_WAGE_PAYMENT').status).toBe(status);
  });

  it.each<[string, string, string]>([
    // UWV Werkwijzer Poortwachter: the next evaluation is due 6 weeks after the last one held.
    ['held late on 20 April (due 12 April)', '2026-04-20', '2026-06-01'],
    ['held early on 9 April', '2026-04-09', '2026-05-21'],
  ])('evaluation #1 %s: #2 is due on %s', (_, heldOn, secondDue) => {
    expect(byKey(nl({ fulfilled: { 'EVALUATION#1': heldOn } }), 'EVALUATION#2').dueDate).toBe(secondDue);
  });

  it('the second-track decision runs from the first-year evaluation actually held', () => {
    expect(byKey(nl({ fulfilled: { FIRST_YEAR_EVALUATION: '2026-12-20' } }), 'SECOND_TRACK_DECISION').dueDate).toBe('2027-01-31');
  });

  it.each<[string, MilestoneInput['wagePaymentExtensions'], Record<string, [string, string | null]>]>([
    [
      // Art. 25 lid 9 Wet WIA, art. 7:629 lid 11 sub c BW: 52 weeks of wage sanction move the end and the dismissal ban, not the application.
      'a wage sanction of 52 weeks',
      [{ kind: 'WAGE_SANCTION', days: 364 }],
      { END_OF_WAGE_PAYMENT: ['2029-01-01', '2028-01-03'], DISMISSAL_BAN_ENDS: ['2029-01-01', '2028-01-03'], WIA_APPLICATION: ['2027-10-17', null] },
    ],
    [
      // Art. 24 Wet WIA, art. 7:629 lid 11 sub b BW: an agreed extension of 26 weeks moves the application and what hangs on it.
      'an agreed extension of 26 weeks',
      [{ kind: 'VOLUNTARY', days: 182 }],
      {
        WIA_APPLICATION: ['2028-04-16', '2027-10-17'],
        REINTEGRATION_REPORT: ['2028-04-02', '2027-10-03'],
        UWV_WIA_LETTER: ['2028-03-06', '2027-09-06'],
        END_OF_WAGE_PAYMENT: ['2028-07-03', '2028-01-03'],
      },
    ],
    // Art. 7:629 lid 11 sub a BW: an application 10 days late moves the end by 10 days.
    ['a WIA application 10 days late', [{ kind: 'LATE_WIA_APPLICATION', days: 10 }], { END_OF_WAGE_PAYMENT: ['2028-01-13', '2028-01-03'] }],
  ])('%s: current and original due dates', (_, wagePaymentExtensions, expected) => {
    const milestones = nl({ wagePaymentExtensions });
    for (const [key, [dueDate, originalDueDate]] of Object.entries(expected)) {
      expect(byKey(milestones, key as MilestoneKey)).toMatchObject({ dueDate, originalDueDate });
    }
  });

  it('evaluations run on until the extended end of wage payment', () => {
    const last = nl({ wagePaymentExtensions: [{ kind: 'WAGE_SANCTION', days: 364 }] })
      .filter((m) => m.kind === 'EVALUATION')
      .at(-1);
    // Sick day 56 + 42 × 24 = 1064 (Sunday 3 December 2028); #25 would be sick day 1106, after the end on 1 January 2029.
    expect(last).toMatchObject({ key: 'EVALUATION#24', dueDate: '2028-12-03' });
  });

  it.each<[SafetyNetGround, string]>([
    ['PREGNANCY', '2026-02-16'], // UWV: within 6 weeks, D+42
    ['NO_RISK_POLICY', '2026-02-16'], // UWV: within 6 weeks
    ['ORGAN_DONATION', '2026-01-09'], // Poortwachtersloket/UWV: within 4 working days: Tue 6 … Fri 9 January
  ])('a %s safety-net case is reported to UWV by %s', (safetyNet, dueDate) => {
    expect(byKey(nl({ safetyNet }), 'UWV_SICKNESS_NOTIFICATION').dueDate).toBe(dueDate);
  });
});
