import { addDays, toDayNumber } from '../calendar/iso-date';
import { scopedStatistics } from './absence-statistics';
import { lastDayNumber } from './employment';
import { calendarMonths } from './period';
import {
  DEFAULT_STATISTICS_OPTIONS,
  type DepartmentStatistics,
  type MonthStatistics,
  type Period,
  type StatisticsInput,
  type StatisticsOptions,
} from './types';

/** One result per calendar month that intersects the period, each month clipped to the period. */
export function breakdownByMonth(input: StatisticsInput, period: Period, options: Partial<StatisticsOptions> = {}): MonthStatistics[] {
  const resolved = { ...DEFAULT_STATISTICS_OPTIONS, ...options };
  return calendarMonths(period).map((month) => ({
    month,
    statistics: scopedStatistics(input, month, resolved, () => true),
  }));
}

/**
 * One result per department, ordered by id with "no department" (null) last. Employment days and
 * reports go to the department of the employment period on that day, so someone who moves
 * mid-period counts in both departments for their own days.
 */
export function breakdownByDepartment(input: StatisticsInput, period: Period, options: Partial<StatisticsOptions> = {}): DepartmentStatistics[] {
  const resolved = { ...DEFAULT_STATISTICS_OPTIONS, ...options };
  // An ended report counts on its last sick day, which can be the day before the period starts.
  const from = toDayNumber(addDays(period.from, -1));
  const to = toDayNumber(period.to);
  const departments = new Set<string | null>();
  for (const employment of input.employment) {
    if (toDayNumber(employment.from) <= to && lastDayNumber(employment) >= from) {
      departments.add(employment.departmentId ?? null);
    }
  }
  const parts = partitionByDepartment(input);
  return [...departments]
    .sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map((departmentId) => ({
      departmentId,
      statistics: scopedStatistics(parts.get(departmentId) ?? { employment: [], reports: [] }, period, resolved, (d) => d === departmentId),
    }));
}

/**
 * Each department's own employment periods and the reports of the people in them. A day
 * counts in a department only through an employment period there, so the statistics of a
 * part equal those of the whole scoped to that department, at a fraction of the work: the
 * breakdown costs one pass over the data, not one per department.
 */
function partitionByDepartment(input: StatisticsInput): Map<string | null, StatisticsInput> {
  const reportsByPerson = new Map<string, StatisticsInput['reports']>();
  for (const report of input.reports) {
    const own = reportsByPerson.get(report.personId);
    if (own) own.push(report);
    else reportsByPerson.set(report.personId, [report]);
  }
  const parts = new Map<string | null, { employment: StatisticsInput['employment']; persons: Set<string> }>();
  for (const employment of input.employment) {
    const departmentId = employment.departmentId ?? null;
    let part = parts.get(departmentId);
    if (!part) parts.set(departmentId, (part = { employment: [], persons: new Set() }));
    part.employment.push(employment);
    part.persons.add(employment.personId);
  }
  return new Map(
    [...parts].map(([departmentId, part]) => [
      departmentId,
      { employment: part.employment, reports: [...part.persons].flatMap((personId) => reportsByPerson.get(personId) ?? []) },
    ]),
  );
}
