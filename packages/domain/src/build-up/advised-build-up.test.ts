import { addDays } from '../calendar/iso-date';
import { planFasterThanAdvice, type AdviceExceedance, type AdvisedBuildUp } from './advised-build-up';

/** Week i starts on Monday 2025-01-06 + 7i. */
const monday = (i: number) => addDays('2025-01-06', 7 * i);

type Expected = [AdviceExceedance['reason'], number, number, number];

// One row per case reads as a table: phases as [week index, hours], advice, then [reason, week index, hours, limit].
// prettier-ignore
const cases: [string, [number, number][], AdvisedBuildUp | null, Expected[]][] = [
  ['no advice: nothing to check', [[0, 8], [2, 32]], null, []],
  ['an empty advice: nothing to check', [[0, 8], [2, 32]], { maxHoursPerWeek: null, maxIncreasePerWeek: null }, []],
  // 8, 8, 32: the jump of 24 happens in week 2 alone, against a step of 4.
  ['8 to 32 in two weeks against a step of 4', [[0, 8], [2, 32]], { maxHoursPerWeek: null, maxIncreasePerWeek: 4 }, [['INCREASE', 2, 24, 4]]],
  // 8, 8, 32, 32: only weeks 2 and 3 pass the ceiling of 20.
  ['above the ceiling in every week it holds', [[0, 8], [2, 32], [3, 32]], { maxHoursPerWeek: 20, maxIncreasePerWeek: null }, [['CEILING', 2, 32, 20], ['CEILING', 3, 32, 20]]],
  // 8, 12, 16, 20: steps of exactly 4 and a last week exactly at the ceiling.
  ['exactly at step and ceiling is within the advice', [[0, 8], [1, 12], [2, 16], [3, 20]], { maxHoursPerWeek: 20, maxIncreasePerWeek: 4 }, []],
  // 8, 12.5: a step of 4.5 is half an hour too fast; plans get no tolerance.
  ['half an hour over the step counts', [[0, 8], [1, 12.5]], { maxHoursPerWeek: null, maxIncreasePerWeek: 4 }, [['INCREASE', 1, 4.5, 4]]],
  // Given out of order: sorted to 8 (wk 0), 16 (wk 1) → step 8 > 6 and 16 > 12.
  ['phases out of order are sorted first', [[1, 16], [0, 8]], { maxHoursPerWeek: 12, maxIncreasePerWeek: 6 }, [['INCREASE', 1, 8, 6], ['CEILING', 1, 16, 12]]],
  // A step back is never too fast: 20 → 12 → 16.
  ['a step back and a small rise are within the advice', [[0, 20], [1, 12], [2, 16]], { maxHoursPerWeek: 24, maxIncreasePerWeek: 4 }, []],
];

describe('planFasterThanAdvice', () => {
  it.each(cases)('%s', (_name, phases, advice, expected) => {
    const found = planFasterThanAdvice(
      phases.map(([week, hoursPerWeek]) => ({ weekStart: monday(week), hoursPerWeek })),
      advice,
    );
    expect(found).toEqual(expected.map(([reason, week, hours, limit]) => ({ reason, weekStart: monday(week), hours, limit })));
  });

  it('leaves out a phase that does not start on a Monday', () => {
    const phases = [
      { weekStart: monday(0), hoursPerWeek: 8 },
      { weekStart: addDays(monday(1), 2), hoursPerWeek: 40 },
    ];
    expect(planFasterThanAdvice(phases, { maxHoursPerWeek: 20, maxIncreasePerWeek: 4 })).toEqual([]);
  });
});
