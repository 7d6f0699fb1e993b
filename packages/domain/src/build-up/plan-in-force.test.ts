import { addDays } from '../calendar/iso-date';
import { weeksInForce, type PlanVersionInForce } from './plan-in-force';

const monday = (i: number) => addDays('2025-01-06', 7 * i);

/** A version adopted in week `adopted`, planning `hours` from week `from` on, one per week. */
const version = (number: number, adopted: number, from: number, hours: number[]): PlanVersionInForce => ({
  version: number,
  adoptedWeek: monday(adopted),
  weeks: hours.map((h, i) => ({ weekStart: monday(from + i), homeHours: h, locationHours: 0, therapeutic: false, tasks: [] })),
});

// Expected: [week index, hours, plan version] per week shown.
// prettier-ignore
const cases: [string, PlanVersionInForce[], [number, number, number][]][] = [
  ['one version: every week as planned', [version(1, 0, 0, [8, 12, 16])], [[0, 8, 1], [1, 12, 1], [2, 16, 1]]],
  // Version 2, signed in week 3, rewrites weeks 0–5 at 20: weeks 0–2 stay against version 1.
  ['a rewrite from week 0 does not change the weeks before it was signed',
    [version(1, 0, 0, [8, 8, 12, 12]), version(2, 3, 0, [20, 20, 20, 20, 20, 20])],
    [[0, 8, 1], [1, 8, 1], [2, 12, 1], [3, 20, 2], [4, 20, 2], [5, 20, 2]]],
  // Version 2 signed in week 2 but starting in week 5: version 1 holds until then, its weeks 5–6 are replaced.
  ['a later start keeps the old plan until it begins',
    [version(1, 0, 0, [8, 8, 12, 12, 16, 16, 20]), version(2, 2, 5, [12, 12])],
    [[0, 8, 1], [1, 8, 1], [2, 12, 1], [3, 12, 1], [4, 16, 1], [5, 12, 2], [6, 12, 2]]],
  // Version 2 in force from week 2 plans only weeks 2–3: version 1's weeks 4–5 are no longer planned.
  ['a shorter new plan ends the schedule where it ends',
    [version(1, 0, 0, [8, 8, 12, 12, 16, 16]), version(2, 2, 2, [10, 10])],
    [[0, 8, 1], [1, 8, 1], [2, 10, 2], [3, 10, 2]]],
  // Both adopted in week 9 (after the weeks, as when a plan is entered afterwards): the first plan that planned a week holds it.
  ['weeks before any version took force keep the first that planned them',
    [version(1, 9, 0, [8, 8]), version(2, 9, 1, [12, 12, 16])],
    [[0, 8, 1], [1, 8, 1], [2, 12, 2], [3, 16, 2]]],
];

describe('weeksInForce', () => {
  it.each(cases)('%s', (_name, versions, expected) => {
    expect(weeksInForce(versions).map((w) => [w.weekStart, w.homeHours + w.locationHours, w.planVersion])).toEqual(
      expected.map(([week, hours, v]) => [monday(week), hours, v]),
    );
  });
});
