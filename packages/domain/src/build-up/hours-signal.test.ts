import { addDays } from '../calendar/iso-date';
import { hoursSignal, type HoursSignal } from './hours-signal';

const monday = (i: number) => addDays('2025-01-06', 7 * i);

// prettier-ignore
const cases: [string, [number, number | null][], HoursSignal][] = [
  ['nothing entered: no verdict', [[8, null], [12, null]], { status: 'NO_HOURS_YET' }],
  ['on plan', [[8, 8], [12, 12], [16, null]], { status: 'ON_PLAN', lastEnteredWeek: monday(1) }],
  // Sanne's weeks: 16 planned, 12 and 11.5 worked → 4 + 4.5 = 8.5 hours behind over 2 weeks.
  ['12 and 11.5 of 16: behind plan', [[12, 12], [16, 12], [16, 11.5], [20, null]], { status: 'BEHIND_PLAN', lastEnteredWeek: monday(2), weeksBehind: 2, hoursBehind: 8.5 }],
  // Behind earlier, caught up in the last entered week: on plan now.
  ['caught up in the last entered week', [[8, 6], [12, 12]], { status: 'ON_PLAN', lastEnteredWeek: monday(1) }],
  // Shortfall 0.5 is within the tolerance; 1 is not.
  ['exactly the tolerance is on plan', [[8, 7.5]], { status: 'ON_PLAN', lastEnteredWeek: monday(0) }],
  ['one week an hour short', [[8, 8], [12, 11]], { status: 'BEHIND_PLAN', lastEnteredWeek: monday(1), weeksBehind: 1, hoursBehind: 1 }],
  // An unentered week between does not break the streak: 2 + 3 = 5 over 2 entered weeks.
  ['a week not entered does not break the streak', [[8, 6], [12, null], [16, 13]], { status: 'BEHIND_PLAN', lastEnteredWeek: monday(2), weeksBehind: 2, hoursBehind: 5 }],
];

describe('hoursSignal', () => {
  it.each(cases)('%s', (_name, rows, expected) => {
    expect(hoursSignal(rows.map(([plannedHours, actualHours], i) => ({ weekStart: monday(i), plannedHours, actualHours })))).toEqual(expected);
  });
});
