import { toDayNumber } from '../calendar/iso-date';
import type { Period, SickInterval, SickReportFact } from './types';

/** Per day of the period (index 0 = period start): absence fraction 0–1 and whether a report covers it. */
export interface PersonSickDays {
  fraction: Float64Array;
  sick: Uint8Array;
}

export function absenceFraction(interval: SickInterval): number {
  return interval.therapeutic ? 1 : interval.percentage / 100;
}

export function assertSickReport(report: SickReportFact): void {
  const { reportId, intervals, firstSickDay, recoveryDate } = report;
  if (intervals.length === 0) throw new RangeError(`Report ${reportId} has no intervals`);
  if (intervals[0].from !== firstSickDay) {
    throw new RangeError(`Report ${reportId}: the first interval must start on the first sick day ${firstSickDay}`);
  }
  intervals.forEach((interval, i) => {
    if (!(interval.percentage >= 0 && interval.percentage <= 100)) {
      throw new RangeError(`Report ${reportId}: percentage ${interval.percentage} is not within 0–100`);
    }
    if (i > 0 && toDayNumber(interval.from) <= toDayNumber(intervals[i - 1].from)) {
      throw new RangeError(`Report ${reportId}: intervals must be in ascending order of start`);
    }
  });
  if (recoveryDate !== null && toDayNumber(recoveryDate) <= toDayNumber(intervals[intervals.length - 1].from)) {
    throw new RangeError(`Report ${reportId}: recovery date ${recoveryDate} must lie after the last interval start`);
  }
}

/** Lays every report over the days of the period, per person. Days outside the period are ignored. */
export function sickDayGrid(reports: SickReportFact[], period: Period): Map<string, PersonSickDays> {
  const start = toDayNumber(period.from);
  const length = toDayNumber(period.to) - start + 1;
  const grid = new Map<string, PersonSickDays>();
  for (const report of reports) {
    assertSickReport(report);
    const end = report.recoveryDate === null ? Number.POSITIVE_INFINITY : toDayNumber(report.recoveryDate);
    report.intervals.forEach((interval, i) => {
      const next = report.intervals[i + 1];
      const from = Math.max(toDayNumber(interval.from) - start, 0);
      const until = Math.min((next ? toDayNumber(next.from) : end) - start, length);
      if (from >= until) return;
      let days = grid.get(report.personId);
      if (!days) {
        days = { fraction: new Float64Array(length), sick: new Uint8Array(length) };
        grid.set(report.personId, days);
      }
      const fraction = absenceFraction(interval);
      for (let d = from; d < until; d++) {
        days.sick[d] = 1;
        // Overlapping reports of one person cannot make them more than fully absent.
        days.fraction[d] = Math.min(1, days.fraction[d] + fraction);
      }
    });
  }
  return grid;
}
