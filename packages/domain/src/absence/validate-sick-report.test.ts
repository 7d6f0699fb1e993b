import type { SickReport } from './sick-report';
import { validateSickReport } from './validate-sick-report';

const valid: SickReport = {
  id: 'r1',
  firstSickDay: '2026-01-05',
  intervals: [
    { from: '2026-01-05', percentage: 100, therapeutic: false },
    { from: '2026-02-02', percentage: 50, therapeutic: false },
  ],
  recoveryDate: '2026-03-02',
};

describe('validateSickReport', () => {
  it.each<[string, Partial<SickReport>, [string, string][]]>([
    ['a consistent report has no violations', {}, []],
    ['an open report has no violations', { recoveryDate: null }, []],
    [
      'percentage 0 is below the range',
      { intervals: [{ from: '2026-01-05', percentage: 0, therapeutic: false }] },
      [['intervals[0].percentage', 'PERCENTAGE_OUT_OF_RANGE']],
    ],
    [
      'percentage 101 is above the range',
      { intervals: [{ from: '2026-01-05', percentage: 101, therapeutic: true }] },
      [['intervals[0].percentage', 'PERCENTAGE_OUT_OF_RANGE']],
    ],
    [
      'a fractional percentage such as 88.9 (4 of 36 hours worked) is allowed',
      { intervals: [{ from: '2026-01-05', percentage: 88.9, therapeutic: false }] },
      [],
    ],
    [
      'the third interval starts before the second',
      {
        intervals: [
          { from: '2026-01-05', percentage: 100, therapeutic: false },
          { from: '2026-01-20', percentage: 50, therapeutic: false },
          { from: '2026-01-10', percentage: 25, therapeutic: false },
        ],
      },
      [['intervals[2].from', 'INTERVALS_NOT_ASCENDING']],
    ],
    [
      'two intervals on the same day are not ascending',
      {
        intervals: [
          { from: '2026-01-05', percentage: 100, therapeutic: false },
          { from: '2026-01-05', percentage: 50, therapeutic: false },
        ],
      },
      [['intervals[1].from', 'INTERVALS_NOT_ASCENDING']],
    ],
    [
      'the first interval starts a day after the first sick day',
      { intervals: [{ from: '2026-01-06', percentage: 100, therapeutic: false }] },
      [['intervals[0].from', 'FIRST_INTERVAL_NOT_ON_FIRST_SICK_DAY']],
    ],
    ['recovery on the last interval start', { recoveryDate: '2026-02-02' }, [['recoveryDate', 'RECOVERY_NOT_AFTER_LAST_INTERVAL']]],
    ['recovery before the last interval start', { recoveryDate: '2026-01-31' }, [['recoveryDate', 'RECOVERY_NOT_AFTER_LAST_INTERVAL']]],
    ['no intervals at all', { intervals: [], recoveryDate: '2026-01-06' }, [['intervals', 'NO_INTERVALS']]],
    [
      'an impossible first sick day',
      { firstSickDay: '2026-02-30', intervals: [{ from: '2026-01-05', percentage: 100, therapeutic: false }], recoveryDate: null },
      [['firstSickDay', 'INVALID_DATE']],
    ],
    ['a malformed recovery date', { recoveryDate: '2-3-2026' }, [['recoveryDate', 'INVALID_DATE']]],
  ])('%s', (_, override, expected) => {
    const violations = validateSickReport({ ...valid, ...override });
    expect(violations.map((v) => [v.field, v.code])).toEqual(expected);
  });
});
