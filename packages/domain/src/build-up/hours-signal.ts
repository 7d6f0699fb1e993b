import { enteredWeeks } from './build-up-weeks';
import { DEFAULT_STAGNATION_THRESHOLDS, type BuildUpWeek } from './types';
import type { IsoDate } from '../calendar/iso-date';

/**
 * The functional signal anyone on the case may see: hours against the plan, nothing else.
 * NO_HOURS_YET when nothing is entered, so no one is told the build-up follows the plan
 * before a single week is known.
 */
export type HoursSignal =
  | { status: 'NO_HOURS_YET' }
  | { status: 'ON_PLAN'; lastEnteredWeek: IsoDate }
  | { status: 'BEHIND_PLAN'; lastEnteredWeek: IsoDate; weeksBehind: number; hoursBehind: number };

/** Judged on the latest entered weeks: behind when the last one lags its plan beyond the tolerance. */
export function hoursSignal(weeks: BuildUpWeek[], toleranceHours = DEFAULT_STAGNATION_THRESHOLDS.toleranceHours): HoursSignal {
  const entered = enteredWeeks(weeks);
  const last = entered.at(-1);
  if (!last) return { status: 'NO_HOURS_YET' };
  let weeksBehind = 0;
  let hoursBehind = 0;
  for (const week of [...entered].reverse()) {
    const shortfall = week.plannedHours - week.actualHours;
    if (shortfall <= toleranceHours) break;
    weeksBehind++;
    hoursBehind += shortfall;
  }
  if (weeksBehind === 0) return { status: 'ON_PLAN', lastEnteredWeek: last.weekStart };
  return { status: 'BEHIND_PLAN', lastEnteredWeek: last.weekStart, weeksBehind, hoursBehind };
}
