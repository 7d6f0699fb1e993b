import { addMonths } from '../calendar/add-months';
import { addDays, daysBetween, toDayNumber, type IsoDate } from '../calendar/iso-date';
import { durationClass, emptyDurationClasses } from '../statistics/duration-class';
import { absenceFraction, assertSickReport } from '../statistics/sick-day-grid';
import type { DurationClass, SickReportFact } from '../statistics/types';

/**
 * Days of full absence a case has cost up to and including `until`: each sick day weighs its
 * absence fraction (a therapeutic day counts in full, as the wage is paid in full).
 */
export function absenceDaysUpTo(reports: SickReportFact[], until: IsoDate): number {
  const last = toDayNumber(until);
  let total = 0;
  for (const report of reports) {
    assertSickReport(report);
    const end = Math.min(report.recoveryDate === null ? Number.POSITIVE_INFINITY : toDayNumber(report.recoveryDate), last + 1);
    report.intervals.forEach((interval, i) => {
      const next = report.intervals[i + 1];
      const days = Math.min(next ? toDayNumber(next.from) : end, end) - toDayNumber(interval.from);
      if (days > 0) total += days * absenceFraction(interval);
    });
  }
  return total;
}

export interface MilestoneOutcome {
  status: string;
  onTime: boolean | null;
}

export interface Compliance {
  onTime: number;
  /** Fulfilled after the due date, or a deadline passed without it (OVERDUE). */
  late: number;
  /** onTime ÷ (onTime + late); null when nothing was due yet. */
  share: number | null;
}

/** Poortwachter compliance: of the milestones that fell due, the share met on time. */
export function milestoneCompliance(milestones: MilestoneOutcome[]): Compliance {
  const onTime = milestones.filter((m) => m.onTime === true).length;
  const late = milestones.filter((m) => m.onTime === false || (m.onTime === null && m.status === 'OVERDUE')).length;
  return { onTime, late, share: onTime + late === 0 ? null : onTime / (onTime + late) };
}

export interface ReturnDurations {
  /** Median of (recovery date − first sick day) in days; the mean of the middle two for an even count. */
  medianDays: number | null;
  classes: Record<DurationClass, number>;
  returned: number;
}

export function timeToFullReturn(cases: { firstSickDay: IsoDate; recoveryDate: IsoDate | null }[]): ReturnDurations {
  const durations = cases.flatMap((c) => (c.recoveryDate === null ? [] : [daysBetween(c.firstSickDay, c.recoveryDate)])).sort((a, b) => a - b);
  const classes = emptyDurationClasses();
  for (const days of durations) classes[durationClass(days)]++;
  const middle = Math.floor(durations.length / 2);
  const medianDays = durations.length === 0 ? null : durations.length % 2 === 1 ? durations[middle] : (durations[middle - 1] + durations[middle]) / 2;
  return { medianDays, classes, returned: durations.length };
}

export interface RelapseRate {
  /** Recoveries observed for the whole window (the window ended before `today`). */
  recoveries: number;
  /** Of those, followed by a new sick report of the same person within the window. */
  relapses: number;
  rate: number | null;
}

/**
 * Relapse within a window after recovery. "Within 28 days" means the new report starts fewer
 * than 28 days after the recovery date (the rule that continues a case); "within 6 months"
 * means before the same day six calendar months later. Only recoveries whose window has
 * passed are counted, so recent recoveries do not dilute the rate.
 */
export function relapseRate(reports: SickReportFact[], windowEnd: (recoveryDate: IsoDate) => IsoDate, today: IsoDate): RelapseRate {
  let recoveries = 0;
  let relapses = 0;
  for (const report of reports) {
    const { recoveryDate } = report;
    if (recoveryDate === null) continue;
    const end = windowEnd(recoveryDate);
    const relapsed = reports.some((next) => next.personId === report.personId && next.firstSickDay >= recoveryDate && next.firstSickDay < end);
    if (relapsed) {
      recoveries++;
      relapses++;
    } else if (end <= today) {
      recoveries++;
    }
  }
  return { recoveries, relapses, rate: recoveries === 0 ? null : relapses / recoveries };
}

export const WITHIN_28_DAYS = (recoveryDate: IsoDate) => addDays(recoveryDate, 28);
export const WITHIN_6_MONTHS = (recoveryDate: IsoDate) => addMonths(recoveryDate, 6);
