import { plannedVersusActual } from './planned-versus-actual';
import type { BuildUpWeek } from './types';

describe('plannedVersusActual', () => {
  const weeks: BuildUpWeek[] = [
    { weekStart: '2025-01-06', plannedHours: 4, actualHours: 4 },
    { weekStart: '2025-01-13', plannedHours: 8, actualHours: 6 },
    { weekStart: '2025-01-20', plannedHours: 12, actualHours: null },
    { weekStart: '2025-01-27', plannedHours: 16, actualHours: 15 },
  ];

  it.each([
    // difference = actual − planned; cumulatives run over entered weeks, planned over all
    [0, 4, 0, 4, 4, 0], // 4 − 4 = 0
    [1, 6, -2, 12, 10, -2], // 6 − 8 = −2; 4 + 8 = 12; 4 + 6 = 10; 0 − 2 = −2
    [2, null, null, 24, null, null], // not entered: 12 + 12 = 24 planned, the rest null
    [3, 15, -1, 40, 25, -3], // 15 − 16 = −1; 24 + 16 = 40; 10 + 15 = 25; −2 − 1 = −3
  ])('week %i: actual %p, difference %p, cumulative planned %p, actual %p, difference %p', (i, actual, difference, cPlanned, cActual, cDifference) => {
    expect(plannedVersusActual(weeks)[i]).toEqual({
      weekStart: weeks[i].weekStart,
      planned: weeks[i].plannedHours,
      actual,
      difference,
      cumulativePlanned: cPlanned,
      cumulativeActual: cActual,
      cumulativeDifference: cDifference,
    });
  });

  it('returns nothing for an empty schedule', () => {
    expect(plannedVersusActual([])).toEqual([]);
  });
});
