import { absenceFractionOn } from './absence-fraction';
import type { SickReport } from './sick-report';

const report: SickReport = {
  id: 'r1',
  firstSickDay: '2026-01-05',
  intervals: [
    { from: '2026-01-05', percentage: 100, therapeutic: false },
    { from: '2026-02-02', percentage: 50, therapeutic: false },
    { from: '2026-03-02', percentage: 40, therapeutic: true },
  ],
  recoveryDate: '2026-04-06',
};

describe('absenceFractionOn', () => {
  it.each([
    ['2026-01-04', 0], // the day before the first sick day
    ['2026-01-05', 1],
    ['2026-02-01', 1], // last day of the full interval
    ['2026-02-02', 0.5], // partial recovery: half the hours worked
    ['2026-03-01', 0.5],
    ['2026-03-02', 1], // therapeutic work counts as full absence, its 40% notwithstanding
    ['2026-04-05', 1], // last sick day
    ['2026-04-06', 0], // recovery date = first fit day
  ])('on %s the fraction is %d', (date, expected) => {
    expect(absenceFractionOn(report, date)).toBe(expected);
  });

  it('keeps the last percentage of an open report into the future', () => {
    const open: SickReport = { ...report, intervals: report.intervals.slice(0, 2), recoveryDate: null };
    expect(absenceFractionOn(open, '2027-06-01')).toBe(0.5);
  });
});
