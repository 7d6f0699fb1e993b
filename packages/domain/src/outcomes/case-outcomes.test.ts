import type { SickReportFact } from '../statistics/types';
import { absenceDaysUpTo, milestoneCompliance, relapseRate, timeToFullReturn, WITHIN_28_DAYS, WITHIN_6_MONTHS } from './case-outcomes';

const report = (personId: string, steps: [string, number, boolean?][], recoveryDate: string | null): SickReportFact => ({
  personId,
  reportId: `${personId}-${steps[0][0]}`,
  firstSickDay: steps[0][0],
  recoveryDate,
  intervals: steps.map(([from, percentage, therapeutic = false]) => ({ from, percentage, therapeutic })),
});

describe('absenceDaysUpTo', () => {
  // One row per case reads as a table.
  // prettier-ignore
  it.each<[string, SickReportFact[], string, number]>([
    // 03-01..03-10 = 10 days at 100 %
    ['a recovered report', [report('a', [['2025-03-01', 100]], '2025-03-11')], '2025-12-31', 10],
    // 03-01..03-05 = 5 days, then 03-06..03-10 = 5 days at 50 % = 2.5; 7.5
    ['a partial interval', [report('a', [['2025-03-01', 100], ['2025-03-06', 50]], '2025-03-11')], '2025-12-31', 7.5],
    // therapeutic 50 % counts in full: 5 + 5 = 10
    ['a therapeutic interval', [report('a', [['2025-03-01', 100], ['2025-03-06', 50, true]], '2025-03-11')], '2025-12-31', 10],
    // open report, counted up to and including 03-04: 4 days
    ['an open report up to a day', [report('a', [['2025-03-01', 100]], null)], '2025-03-04', 4],
    // 02-27, 02-28, 02-29 (leap day), 03-01 = 4 days
    ['across a leap day', [report('a', [['2024-02-27', 100]], '2024-03-02')], '2024-12-31', 4],
    // 3 + 2 days of two reports
    ['a relapse adds its own days', [report('a', [['2025-03-01', 100]], '2025-03-04'), report('a', [['2025-03-10', 100]], '2025-03-12')], '2025-12-31', 5],
  ])('%s', (_name, reports, until, expected) => {
    expect(absenceDaysUpTo(reports, until)).toBeCloseTo(expected, 9);
  });
});

describe('milestoneCompliance', () => {
  // One row per case reads as a table.
  // prettier-ignore
  it.each([
    ['nothing due yet', [{ status: 'UPCOMING', onTime: null }], { onTime: 0, late: 0, share: null }],
    ['one on time, one late', [{ status: 'DONE', onTime: true }, { status: 'DONE', onTime: false }], { onTime: 1, late: 1, share: 0.5 }],
    // an overdue deadline is late even though it is not yet done
    ['an overdue deadline', [{ status: 'DONE', onTime: true }, { status: 'DONE', onTime: true }, { status: 'OVERDUE', onTime: null }], { onTime: 2, late: 1, share: 2 / 3 }],
    ['not applicable after recovery', [{ status: 'NOT_APPLICABLE', onTime: null }, { status: 'DONE', onTime: true }], { onTime: 1, late: 0, share: 1 }],
  ])('%s', (_name, milestones, expected) => {
    expect(milestoneCompliance(milestones)).toEqual(expected);
  });
});

describe('timeToFullReturn', () => {
  it('takes the median and the duration classes of returned cases only', () => {
    const result = timeToFullReturn([
      { firstSickDay: '2025-01-01', recoveryDate: '2025-01-11' }, // 10
      { firstSickDay: '2025-01-01', recoveryDate: '2025-02-01' }, // 31
      { firstSickDay: '2024-02-01', recoveryDate: '2024-03-01' }, // 29 (leap year)
      { firstSickDay: '2025-01-01', recoveryDate: '2025-07-01' }, // 181
      { firstSickDay: '2025-01-01', recoveryDate: null },
    ]);
    // sorted 10, 29, 31, 181: (29 + 31) ÷ 2 = 30
    expect(result).toEqual({ medianDays: 30, returned: 4, classes: { '1-14': 1, '15-91': 2, '92-365': 1, '366-730': 0, '>730': 0 } });
  });

  it('has no median without returns', () => {
    expect(timeToFullReturn([{ firstSickDay: '2025-01-01', recoveryDate: null }]).medianDays).toBeNull();
  });
});

describe('relapseRate', () => {
  const reports = [
    // a: recovers 01-11, new report 02-07 = 27 days later: a relapse within 28 days and 6 months
    report('a', [['2025-01-01', 100]], '2025-01-11'),
    report('a', [['2025-02-07', 100]], '2025-02-10'),
    // b: recovers 03-01, new report 03-29 = exactly 28 days later: not within 28 days, within 6 months
    report('b', [['2025-02-01', 100]], '2025-03-01'),
    report('b', [['2025-03-29', 100]], '2025-04-01'),
    // c: recovers 05-01, never sick again
    report('c', [['2025-04-01', 100]], '2025-05-01'),
  ];

  it('counts a relapse within 28 days only when fewer than 28 days passed', () => {
    // recoveries whose 28 days have passed by 2025-12-31: a 01-11, a 02-10, b 03-01, b 04-01, c 05-01 = 5; relapsed: a 01-11
    expect(relapseRate(reports, WITHIN_28_DAYS, '2025-12-31')).toEqual({ recoveries: 5, relapses: 1, rate: 1 / 5 });
  });

  it('counts a relapse within six calendar months, leaving out recoveries still being watched', () => {
    // on 2025-09-15: windows ended for a 01-11 (07-11), a 02-10 (08-10), b 03-01 (09-01); b 04-01 (10-01) and c 05-01 (11-01)
    // are still open and not relapsed, so left out. Relapsed: a 01-11 (by 02-07), b 03-01 (by 03-29) → 2 of 3.
    expect(relapseRate(reports, WITHIN_6_MONTHS, '2025-09-15')).toEqual({ recoveries: 3, relapses: 2, rate: 2 / 3 });
  });
});
