import type { IsoDate } from '../calendar/iso-date';
import type { SickReport } from './sick-report';

/** Share of the day the employee is absent under this report: 0..1. */
export function absenceFractionOn(report: SickReport, date: IsoDate): number {
  if (date < report.firstSickDay) return 0;
  if (report.recoveryDate !== null && date >= report.recoveryDate) return 0;
  const current = report.intervals.findLast((interval) => interval.from <= date);
  if (!current) return 0;
  return current.therapeutic ? 1 : current.percentage / 100;
}
