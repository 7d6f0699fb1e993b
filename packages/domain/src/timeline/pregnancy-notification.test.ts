import { computeMilestones } from './compute-milestones';
import { PREGNANCY_NOTIFICATION_RULES, pregnancyNotificationDue, type MaternityLeave } from './pregnancy-notification';

// Expected 2026-06-30; the flexibility period starts 42 days before, 2026-05-19; leave 2026-05-26 (5 weeks before) for 16 weeks, until 2026-09-14.
const leave: MaternityLeave = { expectedDeliveryDate: '2026-06-30', leaveFrom: '2026-05-26', leaveUntil: '2026-09-14' };

describe('the UWV notification of a sick report near the maternity leave (4th day)', () => {
  it.each([
    // SICK_IN_FLEXIBILITY_PERIOD: first sick day 05-20 → 4th day 05-23, whatever the cause.
    ['pregnancy-related, in the flexibility period', '2026-05-20', null, true, { dueDate: '2026-05-23', rule: 'SICK_IN_FLEXIBILITY_PERIOD' }],
    ['another cause, in the flexibility period', '2026-05-20', null, false, { dueDate: '2026-05-23', rule: 'SICK_IN_FLEXIBILITY_PERIOD' }],
    ['on the first day of the flexibility period', '2026-05-19', null, false, { dueDate: '2026-05-22', rule: 'SICK_IN_FLEXIBILITY_PERIOD' }],
    // SICK_BEFORE_FLEXIBILITY_PERIOD: pregnancy-related since 04-01, still sick on 05-19 → 05-22.
    ['pregnancy-related before it, still sick when it starts', '2026-04-01', null, true, { dueDate: '2026-05-22', rule: 'SICK_BEFORE_FLEXIBILITY_PERIOD' }],
    ['pregnancy-related before it, recovered before it starts', '2026-04-01', '2026-05-10', true, null],
    ['another cause before it', '2026-04-01', null, false, null],
    // SICK_AFTER_LEAVE: pregnancy-related from 09-15, the day after the leave → 09-18.
    ['pregnancy-related after the leave', '2026-09-15', null, true, { dueDate: '2026-09-18', rule: 'SICK_AFTER_LEAVE' }],
    ['another cause after the leave', '2026-09-15', null, false, null],
  ] as const)('%s', (_name, firstSickDay, recoveryDate, pregnancyRelated, expected) => {
    expect(pregnancyNotificationDue({ firstSickDay, recoveryDate, pregnancyRelated }, leave)).toEqual(expected);
  });

  it('names the source of every rule', () => {
    expect(PREGNANCY_NOTIFICATION_RULES.map((r) => r.rule).sort()).toEqual([
      'SICK_AFTER_LEAVE',
      'SICK_BEFORE_FLEXIBILITY_PERIOD',
      'SICK_IN_FLEXIBILITY_PERIOD',
    ]);
    for (const row of PREGNANCY_NOTIFICATION_RULES) expect(row.source).toMatch(/UWV/);
  });
});

describe("the timeline's UWV sickness notification", () => {
  const due = (firstSickDay: string, maternityLeave?: MaternityLeave) =>
    computeMilestones({ jurisdiction: 'NL', sickCase: { firstSickDay, gaps: [] }, today: '2026-05-01', safetyNet: 'PREGNANCY', maternityLeave }).find(
      (m) => m.key === 'UWV_SICKNESS_NOTIFICATION',
    )?.dueDate;

  it.each([
    // Without the leave on the case: the safety net's 6 weeks, D+42 = 2026-04-01 + 42 = 2026-05-13 (a Wednesday).
    ['without the leave dates, 6 weeks', '2026-04-01', undefined, '2026-05-13'],
    // With it: SICK_BEFORE_FLEXIBILITY_PERIOD, 2026-05-19 + 3 = 2026-05-22.
    ['with the leave dates, the 4th day of the flexibility period', '2026-04-01', leave, '2026-05-22'],
    // SICK_AFTER_LEAVE: 2026-09-15 + 3 = 2026-09-18 (a Friday; 4th day, never moved).
    ['after the leave, the 4th sick day', '2026-09-15', leave, '2026-09-18'],
  ] as const)('%s', (_name, firstSickDay, maternityLeave, expected) => {
    expect(due(firstSickDay, maternityLeave)).toBe(expected);
  });
});
