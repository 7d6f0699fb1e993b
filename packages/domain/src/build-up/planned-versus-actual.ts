import { assertBuildUpWeeks } from './build-up-weeks';
import type { BuildUpWeek, PlannedVersusActualRow } from './types';

/** Per-week and cumulative planned and actual hours, for charts. */
export function plannedVersusActual(weeks: BuildUpWeek[]): PlannedVersusActualRow[] {
  assertBuildUpWeeks(weeks);
  let cumulativePlanned = 0;
  let cumulativeActual = 0;
  let cumulativeDifference = 0;
  return weeks.map(({ weekStart, plannedHours, actualHours }) => {
    cumulativePlanned += plannedHours;
    if (actualHours === null) {
      return {
        weekStart,
        planned: plannedHours,
        actual: null,
        difference: null,
        cumulativePlanned,
        cumulativeActual: null,
        cumulativeDifference: null,
      };
    }
    cumulativeActual += actualHours;
    cumulativeDifference += actualHours - plannedHours;
    return {
      weekStart,
      planned: plannedHours,
      actual: actualHours,
      difference: actualHours - plannedHours,
      cumulativePlanned,
      cumulativeActual,
      cumulativeDifference,
    };
  });
}
