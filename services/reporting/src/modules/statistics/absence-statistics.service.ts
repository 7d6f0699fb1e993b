import {
  calendarMonths,
  DURATION_CLASSES,
  emptyAbsenceTotals,
  isCalendarQuarter,
  isIsoDate,
  daysBetween,
  inputReason,
  suppressBreakdown,
  statisticsFromTotals,
  suppressSmallGroup,
  type AbsenceStatistics as DomainStatistics,
  type AbsenceTotals,
  type Period,
  type Suppressible,
} from '@terugkeer/domain';
import { badInput, isUuid, notFound, type Queryable, type Viewer } from '@terugkeer/service-kit';
import { AbsenceDaysRepository, withDayBefore } from '../absence/absence-days.repository';
import { organizationScope, providerScope, type StatisticsScope } from './statistics-scope.service';
import { FrequencyMethodValue, SuppressionReasonValue, type AbsenceFigures, type AbsenceStatistics, type DepartmentAbsenceFigures } from './statistics.types';

/** Longer periods are not a question anyone asks and would only cost CPU. */
const MAXIMUM_PERIOD_YEARS = 5;
const MAXIMUM_PERIOD_DAYS = MAXIMUM_PERIOD_YEARS * 366;

export interface StatisticsQuery {
  from: string;
  to: string;
  departmentId?: string | null;
  frequencyMethod: FrequencyMethodValue;
}

export function validatePeriod(query: StatisticsQuery): Period {
  if (!isIsoDate(query.from)) throw badInput('from', inputReason('NOT_A_DATE'));
  if (!isIsoDate(query.to)) throw badInput('to', inputReason('NOT_A_DATE'));
  if (query.to < query.from) throw badInput('to', inputReason('BEFORE_START', { start: 'from' }));
  if (daysBetween(query.from, query.to) >= MAXIMUM_PERIOD_DAYS) throw badInput('to', inputReason('PERIOD_TOO_LONG', { years: MAXIMUM_PERIOD_YEARS }));
  const period = { from: query.from, to: query.to };
  if (query.frequencyMethod === FrequencyMethodValue.SECTOR_QUARTER && !isCalendarQuarter(period)) {
    throw badInput('frequencyMethod', inputReason('NOT_ONE_QUARTER'));
  }
  return period;
}

function figures(statistics: DomainStatistics, result: Suppressible<unknown>): AbsenceFigures {
  const base = {
    from: statistics.period.from,
    to: statistics.period.to,
    periodDays: statistics.periodDays,
    frequencyMethod: statistics.notificationFrequency.method as FrequencyMethodValue,
  };
  if (result.suppressed) {
    return {
      ...base,
      suppressed: true,
      suppressionReason: result.reason as SuppressionReasonValue,
      absencePercentage: null,
      absentDayFactor: null,
      employmentDayFactor: null,
      notificationFrequency: null,
      newReports: null,
      employmentDays: null,
      averageHeadcount: null,
      annualisationFactor: null,
      averageDurationDays: null,
      totalDurationDays: null,
      endedReports: null,
      zeroAbsencePercentage: null,
      personsWithoutSickDay: null,
      personsEmployed: null,
      durationClasses: null,
    };
  }
  const { absencePercentage, notificationFrequency, averageDurationDays, zeroAbsencePercentage } = statistics;
  return {
    ...base,
    suppressed: false,
    suppressionReason: null,
    absencePercentage: absencePercentage.value,
    absentDayFactor: absencePercentage.numerator,
    employmentDayFactor: absencePercentage.denominator,
    notificationFrequency: notificationFrequency.value,
    newReports: notificationFrequency.newReports,
    employmentDays: notificationFrequency.employmentDays,
    averageHeadcount: notificationFrequency.averageHeadcount,
    annualisationFactor: notificationFrequency.annualisationFactor,
    averageDurationDays: averageDurationDays.value,
    totalDurationDays: averageDurationDays.totalDays,
    endedReports: averageDurationDays.endedReports,
    zeroAbsencePercentage: zeroAbsencePercentage.value,
    personsWithoutSickDay: zeroAbsencePercentage.numerator,
    personsEmployed: zeroAbsencePercentage.denominator,
    durationClasses: DURATION_CLASSES.map((durationClass) => ({ durationClass, reports: statistics.durationClasses[durationClass] })),
  };
}

const PUBLISHED = { suppressed: false, value: null } as const;
const persons = (statistics: DomainStatistics) => statistics.zeroAbsencePercentage.denominator;

const NO_DAYS: AbsenceTotals = emptyAbsenceTotals();

/**
 * Computes the statistics of a scope from the absence days summed in the database: the
 * period, the day before it to its end (which departments the breakdown lists) and each
 * month. When small groups are hidden, the department cells are suppressed together
 * (complementary suppression), and asking for one department gives the same verdict as its
 * cell in the breakdown, so no two answers can be subtracted.
 */
export async function computeAbsenceStatistics(db: Queryable, scope: StatisticsScope, query: StatisticsQuery): Promise<AbsenceStatistics> {
  const period = validatePeriod(query);
  const options = { fullTimeHours: 1, frequencyMethod: query.frequencyMethod, excludePregnancyFromPercentage: scope.excludePregnancyFromAbsencePercentage };
  const repository = new AbsenceDaysRepository(db);
  if (query.departmentId && !(isUuid(query.departmentId) && (await repository.hasEmployment(scope.absence, query.departmentId)))) {
    throw notFound('Department', query.departmentId);
  }
  const monthPeriods = calendarMonths(period);
  const groups = await repository.totals(scope.absence, {
    periods: [period, withDayBefore(period), ...monthPeriods],
    excludePregnancyFromPercentage: scope.excludePregnancyFromAbsencePercentage,
    departmentAbsence: 'employment',
  });
  const totalsOf = (index: number, departmentId: string | null | undefined) =>
    groups.find((g) => g.period === index && g.departmentId === departmentId)?.totals ?? NO_DAYS;

  const departments = groups
    .filter((g) => g.period === 1 && g.departmentId !== undefined)
    .map((g) => g.departmentId as string | null)
    .sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map((departmentId) => ({ departmentId, statistics: statisticsFromTotals(period, options, totalsOf(0, departmentId)) }));
  const departmentResults = scope.suppressSmallDepartments
    ? suppressBreakdown(departments.map((d) => ({ key: d.departmentId, groupSize: persons(d.statistics), value: null })))
    : departments.map((d) => ({ key: d.departmentId, result: PUBLISHED }));
  const byDepartment: DepartmentAbsenceFigures[] = departments.map((d, i) => ({
    departmentId: d.departmentId,
    departmentName: d.departmentId === null ? null : (scope.departmentNames.get(d.departmentId) ?? null),
    figures: figures(d.statistics, departmentResults[i].result),
  }));

  const group = query.departmentId ?? undefined;
  let verdict: Suppressible<unknown> = PUBLISHED;
  if (query.departmentId) {
    const index = departments.findIndex((d) => d.departmentId === query.departmentId);
    if (index !== -1) verdict = departmentResults[index].result;
  }
  const total = statisticsFromTotals(period, options, totalsOf(0, group));
  if (scope.suppressSmallGroups && !verdict.suppressed) verdict = suppressSmallGroup(null, persons(total));

  // Months add up to the total, so they are suppressed together like departments.
  const months = monthPeriods.map((month, i) => ({ month, statistics: statisticsFromTotals(month, options, totalsOf(i + 2, group)) }));
  const monthResults = verdict.suppressed
    ? months.map(() => ({ result: verdict }))
    : scope.suppressSmallGroups
      ? suppressBreakdown(months.map((m) => ({ key: m.month.from, groupSize: persons(m.statistics), value: null })))
      : months.map(() => ({ result: PUBLISHED }));
  const byMonth = months.map(({ month, statistics }, i) => ({
    month: month.from.slice(0, 7),
    figures: figures(statistics, monthResults[i].result),
  }));

  return {
    ...figures(total, verdict),
    byDepartment: query.departmentId ? byDepartment.filter((d) => d.departmentId === query.departmentId) : byDepartment,
    byMonth,
  };
}

/** The statistics of an organization, or of the part of it the viewer manages. */
export async function organizationAbsenceStatistics(db: Queryable, viewer: Viewer, organizationId: string, query: StatisticsQuery): Promise<AbsenceStatistics> {
  return computeAbsenceStatistics(db, await organizationScope(db, viewer, organizationId), query);
}

/** The statistics across the organizations the viewer's health provider serves. */
export async function providerAbsenceStatistics(db: Queryable, viewer: Viewer, query: StatisticsQuery): Promise<AbsenceStatistics> {
  return computeAbsenceStatistics(db, await providerScope(db, viewer), query);
}
