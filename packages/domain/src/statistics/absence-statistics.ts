import { addDays, daysBetween, daysInYear, toDayNumber, type IsoDate } from '../calendar/iso-date';
import { durationClass, emptyDurationClasses } from './duration-class';
import { employmentByPerson, employmentOn, lastDayNumber, partTimeFactor } from './employment';
import { isCalendarQuarter, periodLength } from './period';
import { sickDayGrid } from './sick-day-grid';
import {
  DEFAULT_STATISTICS_OPTIONS,
  type AbsenceStatistics,
  type DurationClass,
  type Period,
  type Ratio,
  type StatisticsInput,
  type StatisticsOptions,
} from './types';

/** Decides per employment day (by the department of that day's employment period) whether it is counted. */
export type DepartmentScope = (departmentId: string | null) => boolean;

function percentage(numerator: number, denominator: number): Ratio {
  return { value: denominator === 0 ? null : (100 * numerator) / denominator, numerator, denominator };
}

/**
 * Annualisation of the notification frequency.
 * NVS: × (days of the calendar year in which the period starts) ÷ (days in the period); for a
 * period spanning a year boundary the start year decides, so 2023-12-01..2024-01-31 uses 365.
 * SECTOR_QUARTER: × 4, defined only for a period that is exactly one calendar quarter.
 */
function annualisationFactor(period: Period, periodDays: number, options: StatisticsOptions): number | null {
  if (options.frequencyMethod === 'SECTOR_QUARTER') return isCalendarQuarter(period) ? 4 : null;
  return daysInYear(Number(period.from.slice(0, 4))) / periodDays;
}

/** The standard absence statistics (CBS/NVS 1996) of everyone whose employment the scope accepts. */
export function scopedStatistics(input: StatisticsInput, period: Period, options: StatisticsOptions, inScope: DepartmentScope): AbsenceStatistics {
  const start = toDayNumber(period.from);
  const end = toDayNumber(period.to);
  const byPerson = employmentByPerson(input.employment);
  const grid = sickDayGrid(input.reports, period);
  // Only the percentage leaves pregnancy out; a sick day is a sick day for the zero-absence share.
  const percentageGrid = options.excludePregnancyFromPercentage
    ? sickDayGrid(
        input.reports.filter((r) => !r.pregnancyRelated),
        period,
      )
    : grid;

  let employmentDays = 0;
  let factorDays = 0;
  let absentFactorDays = 0;
  const employed = new Set<string>();
  const withSickDay = new Set<string>();
  for (const [personId, periods] of byPerson) {
    for (const employment of periods) {
      if (!inScope(employment.departmentId ?? null)) continue;
      const from = Math.max(toDayNumber(employment.from), start);
      const to = Math.min(lastDayNumber(employment), end);
      if (from > to) continue;
      const factor = partTimeFactor(employment.hoursPerWeek, options.fullTimeHours);
      employed.add(personId);
      employmentDays += to - from + 1;
      factorDays += factor * (to - from + 1);
      const sick = grid.get(personId);
      if (!sick) continue;
      const counted = percentageGrid.get(personId);
      for (let day = from; day <= to; day++) {
        absentFactorDays += factor * (counted?.fraction[day - start] ?? 0);
        if (sick.sick[day - start]) withSickDay.add(personId);
      }
    }
  }

  const inPeriod = (date: IsoDate) => start <= toDayNumber(date) && toDayNumber(date) <= end;
  const countedOn = (personId: string, date: IsoDate) => {
    const employment = employmentOn(byPerson.get(personId), date);
    return employment !== undefined && inScope(employment.departmentId ?? null);
  };

  let newReports = 0;
  let endedReports = 0;
  let totalDurationDays = 0;
  const durationClasses = emptyDurationClasses();
  for (const report of input.reports) {
    if (inPeriod(report.firstSickDay) && countedOn(report.personId, report.firstSickDay)) newReports++;
    // An ended report belongs to the employment of its last sick day, the day before recovery.
    const { recoveryDate } = report;
    if (recoveryDate !== null && inPeriod(recoveryDate) && countedOn(report.personId, addDays(recoveryDate, -1))) {
      const duration = daysBetween(report.firstSickDay, recoveryDate);
      endedReports++;
      totalDurationDays += duration;
      durationClasses[durationClass(duration)]++;
    }
  }

  return statisticsFromTotals(period, options, {
    employmentDays,
    factorDays,
    absentFactorDays,
    personsEmployed: employed.size,
    personsWithSickDay: withSickDay.size,
    newReports,
    endedReports,
    totalDurationDays,
    durationClasses,
  });
}

/** What the figures of a group in a period are made of; a database can add these up (see `absenceDays`). */
export interface AbsenceTotals {
  employmentDays: number;
  /** Σ part-time factor over the employment days. */
  factorDays: number;
  /** Σ part-time factor × absence fraction over the employment days. */
  absentFactorDays: number;
  personsEmployed: number;
  personsWithSickDay: number;
  newReports: number;
  endedReports: number;
  totalDurationDays: number;
  durationClasses: Record<DurationClass, number>;
}

/** The totals of a group with no employment and no reports. */
export const emptyAbsenceTotals = (): AbsenceTotals => ({
  employmentDays: 0,
  factorDays: 0,
  absentFactorDays: 0,
  personsEmployed: 0,
  personsWithSickDay: 0,
  newReports: 0,
  endedReports: 0,
  totalDurationDays: 0,
  durationClasses: emptyDurationClasses(),
});

/** The figures from their totals: the ratios, the headcount and the annualisation. */
export function statisticsFromTotals(period: Period, options: StatisticsOptions, totals: AbsenceTotals): AbsenceStatistics {
  const periodDays = periodLength(period);
  const { employmentDays, newReports, endedReports, totalDurationDays } = totals;
  const averageHeadcount = employmentDays === 0 ? null : employmentDays / periodDays;
  const annualise = annualisationFactor(period, periodDays, options);
  return {
    period,
    periodDays,
    absencePercentage: percentage(totals.absentFactorDays, totals.factorDays),
    notificationFrequency: {
      value: averageHeadcount === null || annualise === null ? null : (newReports / averageHeadcount) * annualise,
      method: options.frequencyMethod,
      newReports,
      employmentDays,
      averageHeadcount,
      annualisationFactor: annualise,
    },
    averageDurationDays: {
      value: endedReports === 0 ? null : totalDurationDays / endedReports,
      totalDays: totalDurationDays,
      endedReports,
    },
    zeroAbsencePercentage: percentage(totals.personsEmployed - totals.personsWithSickDay, totals.personsEmployed),
    durationClasses: { ...totals.durationClasses },
  };
}

export function absenceStatistics(input: StatisticsInput, period: Period, options: Partial<StatisticsOptions> = {}): AbsenceStatistics {
  return scopedStatistics(input, period, { ...DEFAULT_STATISTICS_OPTIONS, ...options }, () => true);
}
