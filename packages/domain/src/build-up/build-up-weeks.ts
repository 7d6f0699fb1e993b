import { daysBetween, isoWeekday } from '../calendar/iso-date';
import type { BuildUpWeek } from './types';

export type EnteredWeek = BuildUpWeek & { actualHours: number };

export function assertBuildUpWeeks(weeks: BuildUpWeek[]): void {
  weeks.forEach((week, i) => {
    if (isoWeekday(week.weekStart) !== 1) throw new RangeError(`Week start ${week.weekStart} is not a Monday`);
    if (i > 0 && daysBetween(weeks[i - 1].weekStart, week.weekStart) <= 0) {
      throw new RangeError(`Weeks must be in ascending order without duplicates: ${week.weekStart}`);
    }
    if (!(week.plannedHours >= 0)) throw new RangeError(`Planned hours cannot be negative: ${week.plannedHours}`);
    if (week.actualHours !== null && !(week.actualHours >= 0)) {
      throw new RangeError(`Actual hours cannot be negative: ${week.actualHours}`);
    }
  });
}

export function enteredWeeks(weeks: BuildUpWeek[]): EnteredWeek[] {
  return weeks.filter((week): week is EnteredWeek => week.actualHours !== null);
}

/** Weeks between two Mondays, so a gap of unlisted weeks allows a proportionally larger increase. */
export function weeksApart(earlier: BuildUpWeek, later: BuildUpWeek): number {
  return daysBetween(earlier.weekStart, later.weekStart) / 7;
}
