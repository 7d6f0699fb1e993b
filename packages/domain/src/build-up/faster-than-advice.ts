import { compareIsoDates } from '../calendar/iso-date';
import { enteredWeeks, weeksApart } from './build-up-weeks';
import type { BuildUpAdvice, BuildUpWeek, StagnationAlert, StagnationThresholds } from './types';

type AdviceAlert = Extract<StagnationAlert, { kind: 'FASTER_THAN_ADVICE' }>;

function ceilingAt(advice: BuildUpAdvice | undefined, week: BuildUpWeek): number | null {
  const steps = [...(advice?.ceilings ?? [])].sort((a, b) => compareIsoDates(a.from, b.from));
  const step = steps.filter((s) => compareIsoDates(s.from, week.weekStart) <= 0).pop();
  return step === undefined ? null : step.maxHours;
}

/**
 * Building up faster than the doctor advised is a relapse risk ("half days in week 2").
 * Plans are compared exactly (a plan is a decision); actual hours get the tolerance.
 */
export function fasterThanAdvice(weeks: BuildUpWeek[], thresholds: StagnationThresholds, advice: BuildUpAdvice | undefined): AdviceAlert[] {
  const alerts: AdviceAlert[] = [];
  const check = <W extends BuildUpWeek>(subject: 'PLANNED' | 'ACTUAL', series: W[], hoursOf: (week: W) => number, slack: number) => {
    series.forEach((week, i) => {
      const detail = { planned: week.plannedHours, actual: week.actualHours, subject };
      const max = thresholds.maxIncreasePerWeekHours;
      if (max !== undefined && i > 0) {
        const increase = hoursOf(week) - hoursOf(series[i - 1]);
        const limit = max * weeksApart(series[i - 1], week);
        if (increase > limit + slack) {
          alerts.push({
            kind: 'FASTER_THAN_ADVICE',
            weekStart: week.weekStart,
            detail: { ...detail, reason: 'INCREASE', hours: increase, limit },
          });
        }
      }
      const ceiling = ceilingAt(advice, week);
      if (ceiling !== null && hoursOf(week) > ceiling + slack) {
        alerts.push({
          kind: 'FASTER_THAN_ADVICE',
          weekStart: week.weekStart,
          detail: { ...detail, reason: 'CEILING', hours: hoursOf(week), limit: ceiling },
        });
      }
    });
  };
  check('PLANNED', weeks, (w) => w.plannedHours, 0);
  check('ACTUAL', enteredWeeks(weeks), (w) => w.actualHours, thresholds.toleranceHours);
  return alerts;
}
