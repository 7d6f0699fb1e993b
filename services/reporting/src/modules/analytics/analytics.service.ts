import {
  absenceDaysUpTo,
  addDays,
  daysBetween,
  emptyAbsenceTotals,
  inputReason,
  isIsoDate,
  milestoneCompliance,
  reportingPeriods,
  statisticsFromTotals,
  suppressBreakdown,
  suppressSmallGroup,
  timeToFullReturn,
  type AbsenceStatistics,
  type AbsenceTotals,
  type IsoDate,
  type Period,
  type SickReportFact,
  type Suppressible,
} from '@terugkeer/domain';
import { badInput, decodeCursor, encodeCursor, type Viewer } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { AbsenceDaysRepository, type GroupTotals } from '../absence/absence-days.repository';
import { SickReportRepository } from '../absence/sick-report.repository';
import { DirectoryRepository, type OrganizationFacts } from '../directory/directory.repository';
import { CaseProgressRepository, type MilestoneFact, type ProgrammeFact } from '../progress/case-progress.repository';
import { receivedEvents } from '../../read-model/read-model.repository';
import { recordAnalyticsQuery, type AnalyticsRequest } from './analytics-audit';
import { analystOrganizations } from './analytics-scope';
import { AnalyticsGranularity, AnalyticsMetric, type AnalyticsRow, type AnalyticsSeries } from './analytics.types';

const MAXIMUM_PERIOD_YEARS = 5;
export const MAX_ANALYTICS_PAGE = 1_000;
/** "Returned within N weeks" of a programme's start: 12 unless the analyst asks otherwise, at most the 104 weeks of wage payment. */
export const DEFAULT_RETURN_WITHIN_WEEKS = 12;
const MAX_RETURN_WITHIN_WEEKS = 104;

export interface SeriesQuery {
  organizationId: string | null;
  from: string;
  to: string;
  granularity: AnalyticsGranularity;
  byDepartment: boolean;
  metrics: AnalyticsMetric[] | null;
  first: number;
  after: string | null;
  returnWithinWeeks: number;
}

type Report = SickReportFact & { caseId: string; relapse: boolean };

/** What one group (an organization or one of its departments) holds, to be measured per period. */
interface Group {
  organization: OrganizationFacts;
  departmentId: string | null;
  department: string | null;
  /** The employment and absence days summed per period (by index), from the absence days in the database. */
  absence: Map<number, AbsenceTotals>;
  reports: Report[];
  /** Per case: its last recovery date, null while one of its reports is open. */
  recoveries: Map<string, IsoDate | null>;
  /** The group's absence days up to a date, by date: one period's end is the next one's day before. */
  absenceDaysUpTo: Map<IsoDate, number>;
  milestones: MilestoneFact[];
  programmes: ProgrammeFact[];
}

function validate(query: SeriesQuery): Period {
  if (!isIsoDate(query.from)) throw badInput('from', inputReason('NOT_A_DATE'));
  if (!isIsoDate(query.to)) throw badInput('to', inputReason('NOT_A_DATE'));
  if (query.to < query.from) throw badInput('to', inputReason('BEFORE_START', { start: 'from' }));
  if (daysBetween(query.from, query.to) >= MAXIMUM_PERIOD_YEARS * 366) throw badInput('to', inputReason('PERIOD_TOO_LONG', { years: MAXIMUM_PERIOD_YEARS }));
  if (!Number.isInteger(query.first) || query.first < 0 || query.first > MAX_ANALYTICS_PAGE) {
    throw badInput('first', inputReason('NOT_AN_INTEGER', { min: 0, max: MAX_ANALYTICS_PAGE }));
  }
  if (!Number.isInteger(query.returnWithinWeeks) || query.returnWithinWeeks < 1 || query.returnWithinWeeks > MAX_RETURN_WITHIN_WEEKS) {
    throw badInput('returnWithinWeeks', inputReason('NOT_AN_INTEGER', { min: 1, max: MAX_RETURN_WITHIN_WEEKS }));
  }
  return { from: query.from, to: query.to };
}

const inPeriod = (date: IsoDate | null, period: Period) => date !== null && period.from <= date && date <= period.to;

const NO_DAYS: AbsenceTotals = emptyAbsenceTotals();

/** Every figure of one group in one period; `persons` is the group's size for suppression. */
/** What of a group falls in one period by its own date: milestones by due date, reports by recovery, programmes by start. */
interface PeriodItems {
  milestones: MilestoneFact[];
  ended: Report[];
  cohort: ProgrammeFact[];
}

/** Items per period, in their own order; the reporting periods follow each other without overlap. */
function perPeriod<T>(items: T[], dateOf: (item: T) => IsoDate | null, periods: Period[]): T[][] {
  const parts = periods.map((): T[] => []);
  for (const item of items) {
    const date = dateOf(item);
    if (date === null || periods.length === 0) continue;
    let low = 0;
    let high = periods.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (periods[middle].to < date) low = middle + 1;
      else high = middle;
    }
    if (inPeriod(date, periods[low])) parts[low].push(item);
  }
  return parts;
}

function itemsPerPeriod(group: Group, periods: Period[]): PeriodItems[] {
  const milestones = perPeriod(group.milestones, (m) => m.dueDate, periods);
  const ended = perPeriod(group.reports, (r) => r.recoveryDate, periods);
  const cohort = perPeriod(group.programmes, (p) => p.startDate, periods);
  return periods.map((_, i) => ({ milestones: milestones[i], ended: ended[i], cohort: cohort[i] }));
}

function measure(
  group: Group,
  items: PeriodItems,
  index: number,
  period: Period,
  returnWithinWeeks: number,
): { persons: number; values: Record<AnalyticsMetric, number | null> } {
  const statistics: AbsenceStatistics = statisticsFromTotals(
    period,
    { fullTimeHours: 1, frequencyMethod: 'NVS', excludePregnancyFromPercentage: group.organization.excludePregnancyFromAbsencePercentage },
    group.absence.get(index) ?? NO_DAYS,
  );
  const compliance = milestoneCompliance(items.milestones);
  const { ended, cohort } = items;
  const recoveryOf = (caseId: string) => group.recoveries.get(caseId) ?? null;
  const absenceDays = absenceDaysOf(group, period.to) - absenceDaysOf(group, addDays(period.from, -1));
  const { dailyAbsenceCost, programmeCost } = group.organization;
  const classes = statistics.durationClasses;
  return {
    persons: statistics.zeroAbsencePercentage.denominator,
    values: {
      ABSENCE_PERCENTAGE: statistics.absencePercentage.value,
      NOTIFICATION_FREQUENCY: statistics.notificationFrequency.value,
      AVERAGE_DURATION_DAYS: statistics.averageDurationDays.value,
      ZERO_ABSENCE_PERCENTAGE: statistics.zeroAbsencePercentage.value,
      AVERAGE_HEADCOUNT: statistics.notificationFrequency.averageHeadcount,
      NEW_REPORTS: statistics.notificationFrequency.newReports,
      ENDED_REPORTS: statistics.averageDurationDays.endedReports,
      DURATION_1_14: classes['1-14'],
      DURATION_15_91: classes['15-91'],
      DURATION_92_365: classes['92-365'],
      DURATION_366_730: classes['366-730'],
      DURATION_OVER_730: classes['>730'],
      MILESTONES_DUE: compliance.onTime + compliance.late,
      MILESTONES_ON_TIME_SHARE: compliance.share,
      MEDIAN_DAYS_TO_RETURN: timeToFullReturn(ended).medianDays,
      RELAPSES: group.reports.filter((r) => r.relapse && inPeriod(r.firstSickDay, period)).length,
      PROGRAMMES_STARTED: cohort.length,
      PROGRAMMES_COMPLETED: cohort.filter((p) => p.status === 'COMPLETED').length,
      PROGRAMMES_RETURNED_WITHIN_WEEKS: cohort.filter((p) => {
        const recovery = recoveryOf(p.caseId);
        return recovery !== null && daysBetween(p.startDate, recovery) <= returnWithinWeeks * 7;
      }).length,
      ABSENCE_DAYS: absenceDays,
      ABSENCE_COST: dailyAbsenceCost === null ? null : absenceDays * dailyAbsenceCost,
      PROGRAMME_COST: programmeCost === null ? null : cohort.length * programmeCost,
    },
  };
}

function absenceDaysOf(group: Group, until: IsoDate): number {
  let days = group.absenceDaysUpTo.get(until);
  if (days === undefined) group.absenceDaysUpTo.set(until, (days = absenceDaysUpTo(group.reports, until)));
  return days;
}

function caseRecoveries(reports: Report[]): Map<string, IsoDate | null> {
  const recoveries = new Map<string, IsoDate | null>();
  for (const { caseId, recoveryDate } of reports) {
    const known = recoveries.get(caseId);
    if (known === null) continue;
    recoveries.set(caseId, recoveryDate === null ? null : known === undefined || known < recoveryDate ? recoveryDate : known);
  }
  return recoveries;
}

/** The items per key in one pass, each list in the items' order. */
function partition<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const parts = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const part = parts.get(key);
    if (part) part.push(item);
    else parts.set(key, [item]);
  }
  return parts;
}

const absenceOf = (totals: GroupTotals[], departmentId: string | null | undefined) =>
  new Map(totals.filter((t) => t.departmentId === departmentId).map((t) => [t.period, t.totals]));

/**
 * Splits an organization into the departments its contracts name: the employment days of
 * each contract go to its department, a case (its reports, milestones and programme) to the
 * department of its latest report's first sick day (see `absenceDays`).
 */
function departmentGroups(
  whole: Group,
  ids: (string | null)[],
  caseDepartment: Map<string, string | null>,
  totals: GroupTotals[],
  names: Map<string, string>,
): Group[] {
  const reports = partition(whole.reports, (r) => caseDepartment.get(r.caseId));
  const milestones = partition(whole.milestones, (m) => caseDepartment.get(m.caseId));
  const programmes = partition(whole.programmes, (p) => caseDepartment.get(p.caseId));
  return ids.map((departmentId) => ({
    ...whole,
    departmentId,
    department: departmentId === null ? null : (names.get(departmentId) ?? null),
    absence: absenceOf(totals, departmentId),
    reports: reports.get(departmentId) ?? [],
    recoveries: whole.recoveries,
    absenceDaysUpTo: new Map(),
    milestones: milestones.get(departmentId) ?? [],
    programmes: programmes.get(departmentId) ?? [],
  }));
}

function rowsOf(
  label: string,
  group: Group,
  metrics: AnalyticsMetric[],
  values: Record<AnalyticsMetric, number | null>,
  verdict: Suppressible<unknown>,
): AnalyticsRow[] {
  return metrics.map((metric) => ({
    period: label,
    organizationId: group.organization.organizationId,
    organization: group.organization.name,
    departmentId: group.departmentId,
    department: group.department,
    metric,
    value: verdict.suppressed ? null : values[metric],
    suppressed: verdict.suppressed,
  }));
}

/**
 * The series an analyst asked for: for each period, each organization in reach as a whole
 * and (optionally) each of its departments, every metric as a flat row. A group of fewer
 * than 5 people is suppressed, and with it the smallest other department when one alone
 * would be recoverable from the organization's total (complementary suppression). The
 * query is audited: who asked, which fields and arguments, how many rows.
 */
export async function analyticsSeries(dataSource: DataSource, viewer: Viewer, query: SeriesQuery, request: AnalyticsRequest): Promise<AnalyticsSeries> {
  const range = validate(query);
  const organizations = await analystOrganizations(new DirectoryRepository(dataSource), viewer, query.organizationId);
  const metrics = query.metrics?.length ? [...new Set(query.metrics)] : Object.values(AnalyticsMetric);
  const rows = await computedOnce(dataSource, { organizations: organizations.map((o) => o.organizationId), range, metrics, query }, () =>
    seriesRows(dataSource, organizations, metrics, range, query),
  );

  const start = query.after ? Number(decodeCursor(query.after)?.[0]) : 0;
  if (!Number.isInteger(start) || start < 0) throw badInput('after', inputReason('NOT_A_CURSOR'));
  const page = rows.slice(start, start + query.first);
  const end = start + page.length;
  await recordAnalyticsQuery(dataSource, viewer, request, {
    arguments: { ...query },
    organizationIds: organizations.map((o) => o.organizationId),
    rows: page.length,
  });
  return { rows: page, totalRows: rows.length, pageInfo: { hasNextPage: end < rows.length, endCursor: page.length ? encodeCursor([String(end)]) : null } };
}

/**
 * The last series computed, by what they were computed from. An analyst reads a series page
 * by page, and every page would otherwise compute it all again; a series is reused only while
 * the read model has taken in no event since, so a page never differs from a fresh answer.
 */
const recentSeries = new Map<string, { events: number; rows: AnalyticsRow[] }>();
const RECENT_SERIES = 16;

async function computedOnce(db: DataSource, basis: unknown, compute: () => Promise<AnalyticsRow[]>): Promise<AnalyticsRow[]> {
  const key = JSON.stringify(basis, (name, value) => (name === 'after' || name === 'first' ? undefined : value));
  const events = await receivedEvents(db);
  const recent = recentSeries.get(key);
  if (recent && recent.events === events) return recent.rows;
  const rows = await compute();
  recentSeries.delete(key);
  recentSeries.set(key, { events, rows });
  if (recentSeries.size > RECENT_SERIES) recentSeries.delete(recentSeries.keys().next().value as string);
  return rows;
}

async function seriesRows(
  dataSource: DataSource,
  organizations: OrganizationFacts[],
  metrics: AnalyticsMetric[],
  range: Period,
  query: SeriesQuery,
): Promise<AnalyticsRow[]> {
  const directory = new DirectoryRepository(dataSource);
  const sickReports = new SickReportRepository(dataSource);
  const absenceDays = new AbsenceDaysRepository(dataSource);
  const progress = new CaseProgressRepository(dataSource);
  const periods = reportingPeriods(range, query.granularity);
  const departments = await directory.departments(organizations.map((o) => o.organizationId));
  const names = new Map(departments.map((d) => [d.departmentId, d.name]));

  const rows: AnalyticsRow[] = [];
  for (const organization of organizations) {
    const reports = await sickReports.ofEmployees(await directory.employeeIdsOf(organization));
    const caseIds = [...new Set(reports.map((r) => r.caseId))];
    const totals = await absenceDays.totals(
      { organizationIds: [organization.organizationId], managed: null },
      {
        periods: periods.map((p) => p.period),
        excludePregnancyFromPercentage: organization.excludePregnancyFromAbsencePercentage,
        departmentAbsence: 'case',
      },
    );
    const whole: Group = {
      organization,
      departmentId: null,
      department: null,
      absence: absenceOf(totals, undefined),
      reports,
      recoveries: caseRecoveries(reports),
      absenceDaysUpTo: new Map(),
      milestones: await progress.milestoneFacts(caseIds),
      programmes: await progress.programmeFacts(caseIds),
    };
    const groups = query.byDepartment
      ? departmentGroups(
          whole,
          await directory.departmentsOfContracts(organization),
          await absenceDays.caseDepartments(organization.organizationId),
          totals,
          names,
        )
      : [];
    const periodList = periods.map((p) => p.period);
    const wholeItems = itemsPerPeriod(whole, periodList);
    const groupItems = groups.map((group) => itemsPerPeriod(group, periodList));
    for (const [index, { label, period }] of periods.entries()) {
      const total = measure(whole, wholeItems[index], index, period, query.returnWithinWeeks);
      const totalVerdict = suppressSmallGroup(null, total.persons);
      rows.push(...rowsOf(label, whole, metrics, total.values, totalVerdict));
      const measured = groups.map((group, g) => ({ group, ...measure(group, groupItems[g][index], index, period, query.returnWithinWeeks) }));
      const verdicts = suppressBreakdown(measured.map((m) => ({ key: m.group.departmentId, groupSize: m.persons, value: null })));
      measured.forEach((m, i) => {
        // People without a department count in the suppression above, but have no row of their own: null is the whole organization.
        if (m.group.departmentId === null) return;
        // Departments of a suppressed organization stay hidden too: their sum is its total.
        const verdict = totalVerdict.suppressed ? totalVerdict : verdicts[i].result;
        rows.push(...rowsOf(label, m.group, metrics, m.values, verdict));
      });
    }
  }

  return rows;
}
