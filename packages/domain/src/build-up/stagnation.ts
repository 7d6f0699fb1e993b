import { compareIsoDates } from '../calendar/iso-date';
import { assertBuildUpWeeks, enteredWeeks, type EnteredWeek } from './build-up-weeks';
import { fasterThanAdvice } from './faster-than-advice';
import {
  DEFAULT_STAGNATION_THRESHOLDS,
  type BuildUpAdvice,
  type BuildUpWeek,
  type StagnationAlert,
  type StagnationAlertKind,
  type StagnationThresholds,
} from './types';

type AlertOf<K extends StagnationAlertKind> = Extract<StagnationAlert, { kind: K }>;

/** Raised once, at the week the streak reaches the threshold; again only after a week on plan. */
function belowPlan(weeks: EnteredWeek[], t: StagnationThresholds): AlertOf<'BELOW_PLAN'>[] {
  const alerts: AlertOf<'BELOW_PLAN'>[] = [];
  let streak = 0;
  for (const week of weeks) {
    const shortfall = week.plannedHours - week.actualHours;
    streak = shortfall > t.toleranceHours ? streak + 1 : 0;
    if (streak === t.belowPlanWeeks) {
      alerts.push({
        kind: 'BELOW_PLAN',
        weekStart: week.weekStart,
        detail: { planned: week.plannedHours, actual: week.actualHours, shortfallHours: shortfall, consecutiveWeeks: streak },
      });
    }
  }
  return alerts;
}

/**
 * Window of `noRiseWeeks` entered weeks: no week in it exceeds the first week's actual hours by more
 * than the tolerance, the plan of the last week lies above that of the first, and every week after
 * the first lags the plan in force that week. Raised at the first week the window qualifies; again
 * only after a window that does not.
 */
function noRise(weeks: EnteredWeek[], t: StagnationThresholds): AlertOf<'NO_RISE'>[] {
  const alerts: AlertOf<'NO_RISE'>[] = [];
  let active = false;
  for (let last = t.noRiseWeeks - 1; last < weeks.length; last++) {
    const window = weeks.slice(last - t.noRiseWeeks + 1, last + 1);
    const first = window[0];
    const week = window[window.length - 1];
    const stagnant =
      week.plannedHours > first.plannedHours &&
      window.every((w) => w.actualHours - first.actualHours <= t.toleranceHours) &&
      window.slice(1).every((w) => w.plannedHours - w.actualHours > t.toleranceHours);
    if (stagnant && !active) {
      alerts.push({
        kind: 'NO_RISE',
        weekStart: week.weekStart,
        detail: {
          planned: week.plannedHours,
          actual: week.actualHours,
          sinceWeekStart: first.weekStart,
          actualAtStart: first.actualHours,
          plannedAtStart: first.plannedHours,
        },
      });
    }
    active = stagnant;
  }
  return alerts;
}

/**
 * Every fall below the previous entered week's actual hours, beyond the tolerance and beyond any
 * step back the plan itself takes that week (a step back agreed in the relapse-prevention plan).
 */
function fallBack(weeks: EnteredWeek[], t: StagnationThresholds): AlertOf<'FALL_BACK'>[] {
  return weeks.slice(1).flatMap((week, i) => {
    const previous = weeks[i];
    const plannedStepBack = Math.max(0, previous.plannedHours - week.plannedHours);
    if (previous.actualHours - week.actualHours - plannedStepBack <= t.toleranceHours) return [];
    return [
      {
        kind: 'FALL_BACK' as const,
        weekStart: week.weekStart,
        detail: {
          planned: week.plannedHours,
          actual: week.actualHours,
          previousWeekStart: previous.weekStart,
          previousActual: previous.actualHours,
        },
      },
    ];
  });
}

const KIND_ORDER: StagnationAlertKind[] = ['BELOW_PLAN', 'NO_RISE', 'FALL_BACK', 'FASTER_THAN_ADVICE'];

/**
 * Signals in a build-up schedule for the case manager. Weeks without actual hours are not entered
 * yet: they are skipped (they neither break nor extend a streak), so "consecutive" means
 * consecutive entered weeks. Alerts come ordered by week, then by kind.
 */
export function detectStagnation(weeks: BuildUpWeek[], thresholds: Partial<StagnationThresholds> = {}, advice?: BuildUpAdvice): StagnationAlert[] {
  const t: StagnationThresholds = { ...DEFAULT_STAGNATION_THRESHOLDS, ...thresholds };
  if (!Number.isInteger(t.belowPlanWeeks) || t.belowPlanWeeks < 1) throw new RangeError('belowPlanWeeks must be ≥ 1');
  if (!Number.isInteger(t.noRiseWeeks) || t.noRiseWeeks < 2) throw new RangeError('noRiseWeeks must be ≥ 2');
  if (!(t.toleranceHours >= 0)) throw new RangeError('toleranceHours must be ≥ 0');
  assertBuildUpWeeks(weeks);
  const entered = enteredWeeks(weeks);
  const alerts: StagnationAlert[] = [...belowPlan(entered, t), ...noRise(entered, t), ...fallBack(entered, t), ...fasterThanAdvice(weeks, t, advice)];
  return alerts.sort((a, b) => compareIsoDates(a.weekStart, b.weekStart) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}
