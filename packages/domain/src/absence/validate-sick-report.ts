import { isIsoDate } from '../calendar/iso-date';
import type { Violation } from '../validation/violation';
import type { SickReport } from './sick-report';

export type SickReportViolationCode =
  | 'INVALID_DATE'
  | 'NO_INTERVALS'
  | 'PERCENTAGE_OUT_OF_RANGE'
  | 'INTERVALS_NOT_ASCENDING'
  | 'FIRST_INTERVAL_NOT_ON_FIRST_SICK_DAY'
  | 'RECOVERY_NOT_AFTER_LAST_INTERVAL';

function violation(field: string, code: SickReportViolationCode, message: string): Violation {
  return { field, code, message };
}

export function validateSickReport(report: SickReport): Violation[] {
  const violations: Violation[] = [];
  const firstSickDayValid = isIsoDate(report.firstSickDay);
  if (!firstSickDayValid) {
    violations.push(violation('firstSickDay', 'INVALID_DATE', `First sick day is not a date: ${report.firstSickDay}`));
  }
  if (report.intervals.length === 0) {
    violations.push(violation('intervals', 'NO_INTERVALS', 'A sick report needs at least one absence interval'));
  }

  let previousFrom: string | null = null;
  for (const [i, interval] of report.intervals.entries()) {
    const field = `intervals[${i}]`;
    const { percentage } = interval;
    if (!Number.isFinite(percentage) || percentage < 1 || percentage > 100) {
      violations.push(violation(`${field}.percentage`, 'PERCENTAGE_OUT_OF_RANGE', `Absence percentage must lie between 1 and 100, got ${percentage}`));
    }
    if (!isIsoDate(interval.from)) {
      violations.push(violation(`${field}.from`, 'INVALID_DATE', `Interval start is not a date: ${interval.from}`));
      continue;
    }
    if (i === 0 && firstSickDayValid && interval.from !== report.firstSickDay) {
      violations.push(violation(`${field}.from`, 'FIRST_INTERVAL_NOT_ON_FIRST_SICK_DAY', 'The first interval must start on the first sick day'));
    }
    if (previousFrom !== null && interval.from <= previousFrom) {
      violations.push(violation(`${field}.from`, 'INTERVALS_NOT_ASCENDING', `Interval starts ${interval.from}, not after the previous one (${previousFrom})`));
    }
    previousFrom = interval.from;
  }

  if (report.recoveryDate !== null) {
    const lastStart = previousFrom ?? (firstSickDayValid ? report.firstSickDay : null);
    if (!isIsoDate(report.recoveryDate)) {
      violations.push(violation('recoveryDate', 'INVALID_DATE', `Recovery date is not a date: ${report.recoveryDate}`));
    } else if (lastStart !== null && report.recoveryDate <= lastStart) {
      violations.push(violation('recoveryDate', 'RECOVERY_NOT_AFTER_LAST_INTERVAL', `Recovery date must lie after the last interval start (${lastStart})`));
    }
  }
  return violations;
}
