import { addDays } from '../calendar/iso-date';
import { detectStagnation } from './stagnation';
import type { BuildUpAdvice, BuildUpWeek, StagnationAlertKind, StagnationThresholds } from './types';

/** Week i starts on Monday 2025-01-06 + 7i. */
const monday = (i: number) => addDays('2025-01-06', 7 * i);
const schedule = (rows: [number, number | null][]): BuildUpWeek[] =>
  rows.map(([plannedHours, actualHours], i) => ({ weekStart: monday(i), plannedHours, actualHours }));

type Expected = [StagnationAlertKind, number, Record<string, unknown>?];

// One row per case reads as a table.
// prettier-ignore
const cases: [string, [number, number | null][], Partial<StagnationThresholds>, BuildUpAdvice | undefined, Expected[]][] = [
  ['on plan: nothing', [[8, 8], [12, 12], [16, 16]], {}, undefined, []],
  // An agreed step back (relapse-prevention plan): planned 16 → 12 and worked 16 → 12 is no fall back.
  ['a step back the plan takes is not a fall back', [[12, 12], [16, 16], [12, 12]], {}, undefined, []],
  // Planned 16 → 12 but worked 16 → 10: 2 hours beyond the planned step back; also 2 below plan for one week.
  ['falling further than the planned step back is', [[12, 12], [16, 16], [12, 10]], {}, undefined, [['FALL_BACK', 2, { previousActual: 16 }]]],
  // Plan 8, 8, 12; worked 8, 8, 8: only the last week lags its plan, so no NO_RISE (and one week below plan is not yet BELOW_PLAN).
  ['one lagging week is no stagnation', [[8, 8], [8, 8], [12, 8]], {}, undefined, []],
  [
    'below plan two weeks running: raised once, at the second week',
    // shortfalls 0, 2, 2, 2 → streak 0, 1, 2 (alert), 3 (no repeat)
    [[8, 8], [12, 10], [16, 14], [20, 18]],
    {},
    undefined,
    [['BELOW_PLAN', 2, { shortfallHours: 2, consecutiveWeeks: 2 }]],
  ],
  [
    'below plan again only after a recovery',
    // shortfalls 2, 2 (alert), 0 (recovered), 2, 2 (alert); 12 → 10 falls 2 > 0.5
    [[8, 6], [8, 6], [12, 12], [12, 10], [16, 14]],
    {},
    undefined,
    [['BELOW_PLAN', 1], ['FALL_BACK', 3, { previousActual: 12 }], ['BELOW_PLAN', 4]],
  ],
  ['a shortfall of exactly the tolerance is not below plan', [[8, 7.5], [12, 11.5]], {}, undefined, []],
  // 8 − 7.49 = 0.51 > 0.5 and 12 − 11.49 = 0.51 > 0.5
  ['a shortfall just beyond the tolerance is', [[8, 7.49], [12, 11.49]], {}, undefined, [['BELOW_PLAN', 1]]],
  [
    'no rise for three weeks while the plan rises',
    // actual 8, 8, 8.5: highest − first = 0.5 ≤ tolerance; plan 8 → 16 rises; shortfalls 0, 4, 7.5 → below plan at week 2
    [[8, 8], [12, 8], [16, 8.5]],
    {},
    undefined,
    [['BELOW_PLAN', 2], ['NO_RISE', 2, { sinceWeekStart: monday(0), actualAtStart: 8, plannedAtStart: 8 }]],
  ],
  ['no rise with a flat plan is no alert', [[8, 8], [8, 8], [8, 8]], {}, undefined, []],
  [
    'no rise raised once per stagnation, again after a rise',
    // windows end at 2 (8,8,8 stagnant → alert), 3 (8,8,8 still stagnant), 4 (8,8,12 rose), 5 (8,12,12 rose),
    // 6 (12,12,12 stagnant while plan 16 → 20 → alert); shortfalls 0,2,4,… → below plan once at week 2
    [[8, 8], [10, 8], [12, 8], [14, 8], [16, 12], [18, 12], [20, 12]],
    {},
    undefined,
    [['BELOW_PLAN', 2], ['NO_RISE', 2], ['NO_RISE', 6, { sinceWeekStart: monday(4) }]],
  ],
  ['a fall of exactly the tolerance is no fall back', [[8, 8], [10, 10], [12, 9.5]], {}, undefined, []],
  [
    'a fall beyond the tolerance is a fall back',
    // 10 → 9 falls 1 > 0.5; shortfall at week 2 is 3 but only one week
    [[8, 8], [10, 10], [12, 9]],
    {},
    undefined,
    [['FALL_BACK', 2, { previousWeekStart: monday(1), previousActual: 10, actual: 9, planned: 12 }]],
  ],
  [
    'a week not yet entered neither breaks a streak nor counts as zero',
    // entered shortfalls 2, 2 → below plan at week 2; read as zero, week 1 would be a fall back
    [[8, 6], [10, null], [12, 10]],
    {},
    undefined,
    [['BELOW_PLAN', 2]],
  ],
  [
    'a fall back is measured against the last entered week',
    [[8, 10], [10, null], [12, 8]],
    {},
    undefined,
    [['FALL_BACK', 2, { previousWeekStart: monday(0), previousActual: 10 }]],
  ],
  ['nothing entered yet: nothing to say', [[8, null], [12, null], [16, null]], {}, undefined, []],
  [
    '"half days in week 2": the plan rises faster than advised',
    // advice +4 h a week; 4 → 20 rises 16 > 4
    [[4, null], [20, null]],
    { maxIncreasePerWeekHours: 4 },
    undefined,
    [['FASTER_THAN_ADVICE', 1, { subject: 'PLANNED', reason: 'INCREASE', hours: 16, limit: 4 }]],
  ],
  [
    'a planned rise of exactly the advised maximum is fine',
    // rises 4 (= 4, fine), 12 (> 4), 4
    [[4, null], [8, null], [20, null], [24, null]],
    { maxIncreasePerWeekHours: 4 },
    undefined,
    [['FASTER_THAN_ADVICE', 2, { subject: 'PLANNED', hours: 12 }]],
  ],
  [
    'actual hours rising faster than advised, with the tolerance',
    // actual rises 4.5 (≤ 4 + 0.5, fine), then 5 (> 4.5)
    [[4, 4], [8, 8.5], [12, 13.5]],
    { maxIncreasePerWeekHours: 4 },
    undefined,
    [['FASTER_THAN_ADVICE', 2, { subject: 'ACTUAL', reason: 'INCREASE', hours: 5, limit: 4 }]],
  ],
  [
    'a week not entered widens the allowed actual rise',
    // 4 → 12 over two weeks: limit 2 × 4 = 8, rise 8 is fine
    [[4, 4], [8, null], [12, 12]],
    { maxIncreasePerWeekHours: 4 },
    undefined,
    [],
  ],
  [
    'more hours than the advised ceiling at that point',
    // week 0 ceiling 8: actual 9 > 8 + 0.5; week 1 ceiling 8: plan 10 > 8, and 9 → 8 falls 1;
    // week 2 ceiling 16: plan 16 fine, actual 16.5 ≤ 16 + 0.5 fine
    [[8, 9], [10, 8], [16, 16.5]],
    {},
    { ceilings: [{ from: monday(2), maxHours: 16 }, { from: monday(0), maxHours: 8 }] },
    [
      ['FASTER_THAN_ADVICE', 0, { subject: 'ACTUAL', reason: 'CEILING', hours: 9, limit: 8 }],
      ['FALL_BACK', 1],
      ['FASTER_THAN_ADVICE', 1, { subject: 'PLANNED', reason: 'CEILING', hours: 10, limit: 8 }],
    ],
  ],
  [
    'custom thresholds: three weeks below plan, zero tolerance',
    // shortfalls 0.25, 0.25, 0.25 > 0 → streak reaches 3 at week 2
    [[8, 7.75], [10, 9.75], [12, 11.75]],
    { belowPlanWeeks: 3, toleranceHours: 0 },
    undefined,
    [['BELOW_PLAN', 2, { consecutiveWeeks: 3 }]],
  ],
];

describe('detectStagnation', () => {
  it.each(cases)('%s', (_name, rows, thresholds, advice, expected) => {
    expect(detectStagnation(schedule(rows), thresholds, advice)).toEqual(
      expected.map(([kind, week, detail = {}]) => expect.objectContaining({ kind, weekStart: monday(week), detail: expect.objectContaining(detail) })),
    );
  });

  it('uses planned weeks that are not consecutive Mondays, scaling the advised increase', () => {
    const weeks: BuildUpWeek[] = [
      { weekStart: '2025-01-06', plannedHours: 4, actualHours: null },
      // two weeks later: limit 2 × 4 = 8; rise 8 is fine
      { weekStart: '2025-01-20', plannedHours: 12, actualHours: null },
    ];
    expect(detectStagnation(weeks, { maxIncreasePerWeekHours: 4 })).toEqual([]);
  });

  it.each<[string, BuildUpWeek[], Partial<StagnationThresholds>]>([
    ['a week not starting on Monday', [{ weekStart: '2025-01-07', plannedHours: 4, actualHours: null }], {}],
    [
      'weeks out of order',
      schedule([
        [4, null],
        [8, null],
      ]).reverse(),
      {},
    ],
    ['negative planned hours', schedule([[-1, null]]), {}],
    ['negative actual hours', schedule([[4, -2]]), {}],
    ['a streak length of zero', schedule([[4, 4]]), { belowPlanWeeks: 0 }],
    ['a no-rise window of one week', schedule([[4, 4]]), { noRiseWeeks: 1 }],
  ])('rejects %s', (_name, weeks, thresholds) => {
    expect(() => detectStagnation(weeks, thresholds)).toThrow(RangeError);
  });
});
