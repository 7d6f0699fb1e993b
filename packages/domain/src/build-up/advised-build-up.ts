import { addDays, compareIsoDates, isoWeekday, type IsoDate } from '../calendar/iso-date';
import { fasterThanAdvice } from './faster-than-advice';
import { DEFAULT_STAGNATION_THRESHOLDS, type BuildUpWeek } from './types';

/** The build-up the company doctor advises in the problem analysis: functional, never a diagnosis. */
export interface AdvisedBuildUp {
  /** At most this many hours in any week; null when the doctor set no ceiling. */
  maxHoursPerWeek: number | null;
  /** At most this many hours more than the week before; null when the doctor set no step. */
  maxIncreasePerWeek: number | null;
}

/** A phase of planned hours: from `weekStart` (a Monday) on, until the next phase. */
export interface PlannedPhase {
  weekStart: IsoDate;
  hoursPerWeek: number;
}

export interface AdviceExceedance {
  /** The week that goes faster than the advice. */
  weekStart: IsoDate;
  /** CEILING: `hours` is the week's level; INCREASE: `hours` is the rise on the week before. */
  reason: 'CEILING' | 'INCREASE';
  hours: number;
  limit: number;
}

export const ADVISED_BUILD_UP_LIMITS = { min: 0.5, max: 60 } as const;

/**
 * Where a plan's hours go faster than the doctor advised, week by week (a phase holds until the
 * next, so a jump counts in the one week it happens). Phases that are not on a Monday or not yet
 * complete are left out: the plan's own rules report those.
 */
export function planFasterThanAdvice(phases: readonly PlannedPhase[], advice: AdvisedBuildUp | null | undefined): AdviceExceedance[] {
  if (!advice || (advice.maxHoursPerWeek === null && advice.maxIncreasePerWeek === null)) return [];
  const sorted = phases
    .filter((p) => isoWeekday(p.weekStart) === 1 && Number.isFinite(p.hoursPerWeek))
    .sort((a, b) => compareIsoDates(a.weekStart, b.weekStart));
  const weeks: BuildUpWeek[] = [];
  sorted.forEach((phase, i) => {
    const end = sorted[i + 1]?.weekStart ?? addDays(phase.weekStart, 7);
    for (let week = phase.weekStart; compareIsoDates(week, end) < 0; week = addDays(week, 7)) {
      weeks.push({ weekStart: week, plannedHours: phase.hoursPerWeek, actualHours: null });
    }
  });
  if (weeks.length === 0) return [];
  const thresholds = { ...DEFAULT_STAGNATION_THRESHOLDS, maxIncreasePerWeekHours: advice.maxIncreasePerWeek ?? undefined };
  const ceilings = advice.maxHoursPerWeek === null ? [] : [{ from: weeks[0].weekStart, maxHours: advice.maxHoursPerWeek }];
  return fasterThanAdvice(weeks, thresholds, { ceilings }).map((alert) => ({
    weekStart: alert.weekStart,
    reason: alert.detail.reason,
    hours: alert.detail.hours,
    limit: alert.detail.limit,
  }));
}
