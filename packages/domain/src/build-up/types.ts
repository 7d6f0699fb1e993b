import type { IsoDate } from '../calendar/iso-date';

/** One week of an opbouwschema (build-up schedule). */
export interface BuildUpWeek {
  /** Monday of the week. */
  weekStart: IsoDate;
  plannedHours: number;
  /** null = not yet entered; never read as zero. */
  actualHours: number | null;
}

export interface StagnationThresholds {
  /** Consecutive entered weeks below plan before BELOW_PLAN is raised. */
  belowPlanWeeks: number;
  /** Length of the window of entered weeks in which actual hours must rise while the plan does. */
  noRiseWeeks: number;
  /** Hours of slack on actual hours (measured, rounded by people) before they count as below, not risen, fallen or over. */
  toleranceHours: number;
  /** From the company doctor's advice; no increase check without it. */
  maxIncreasePerWeekHours?: number;
}

export const DEFAULT_STAGNATION_THRESHOLDS: StagnationThresholds = {
  belowPlanWeeks: 2,
  noRiseWeeks: 3,
  toleranceHours: 0.5,
};

/** A ceiling on weekly hours from the doctor's advice: from `from` (a Monday) on, at most `maxHours`. */
export interface AdvisedCeiling {
  from: IsoDate;
  maxHours: number;
}

export interface BuildUpAdvice {
  /** A step function; each step holds until the next one. Weeks before the first step have no ceiling. */
  ceilings: AdvisedCeiling[];
}

interface AlertDetail {
  planned: number;
  actual: number | null;
}

export type StagnationAlert =
  | {
      kind: 'BELOW_PLAN';
      weekStart: IsoDate;
      detail: AlertDetail & { actual: number; shortfallHours: number; consecutiveWeeks: number };
    }
  | {
      kind: 'NO_RISE';
      weekStart: IsoDate;
      detail: AlertDetail & { actual: number; sinceWeekStart: IsoDate; actualAtStart: number; plannedAtStart: number };
    }
  | {
      kind: 'FALL_BACK';
      weekStart: IsoDate;
      detail: AlertDetail & { actual: number; previousWeekStart: IsoDate; previousActual: number };
    }
  | {
      kind: 'FASTER_THAN_ADVICE';
      weekStart: IsoDate;
      detail: AlertDetail & {
        subject: 'PLANNED' | 'ACTUAL';
        /** INCREASE: `hours` is the rise since the previous week; CEILING: `hours` is the week's level. */
        reason: 'INCREASE' | 'CEILING';
        hours: number;
        /** The advised maximum for `hours` (the increase is scaled by the weeks between the two entries). */
        limit: number;
      };
    };

export type StagnationAlertKind = StagnationAlert['kind'];

export interface PlannedVersusActualRow {
  weekStart: IsoDate;
  planned: number;
  actual: number | null;
  /** actual − planned; null for a week not yet entered. */
  difference: number | null;
  /** Σ planned over all weeks so far. */
  cumulativePlanned: number;
  /** Σ actual over the entered weeks so far; null for a week not yet entered, so a chart line stops there. */
  cumulativeActual: number | null;
  /** Σ (actual − planned) over the entered weeks so far; null for a week not yet entered. */
  cumulativeDifference: number | null;
}
