import {
  absenceDaysUpTo,
  absenceStatistics,
  addDays,
  daysBetween,
  employmentOn,
  inputReason,
  isIsoDate,
  milestoneCompliance,
  reportingPeriods,
  suppressBreakdown,
  suppressSmallGroup,
  timeToFullReturn,
  type AbsenceStatistics,
  type EmploymentPeriod,
  type IsoDate,
  type Period,
  type SickReportFact,
  type Suppressible,
} from '@terugkeer/domain';
import { badInput, decodeCursor, encodeCursor, type Viewer } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { SickReportRepository } from '../absence/sick-report.repository';
import { DirectoryRepository, type EmployeeFacts, type OrganizationFacts } from '../directory/directory.repository';
import { CaseProgressRepository, type MilestoneFact, type ProgrammeFact } from '../progress/case-progress.repository';
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
  employment: EmploymentPeriod[];
  reports: Report[];
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

/** The department a person belonged to on a day: of the employment that day, else of their last contract. */
function departmentOn(employment: EmploymentPeriod[], date: IsoDate): string | null {
  const period = employmentOn(employment, date) ?? employment.at(-1);
  return period?.departmentId ?? null;
}

/** Every figure of one group in one period; `persons` is the group's size for suppression. */
function measure(group: Group, period: Period, returnWithinWeeks: number): { persons: number; values: Record<AnalyticsMetric, number | null> } {
  const statistics: AbsenceStatistics = absenceStatistics({ employment: group.employment, reports: group.reports }, period, {
    fullTimeHours: 1,
    excludePregnancyFromPercentage: group.organization.excludePregnancyFromAbsencePercentage,
  });
  const compliance = milestoneCompliance(group.milestones.filter((m) => inPeriod(m.dueDate, period)));
  const ended = group.reports.filter((r) => inPeriod(r.recoveryDate, period));
  const cohort = group.programmes.filter((p) => inPeriod(p.startDate, period));
  const recoveryOf = (caseId: string) => {
    const reports = group.reports.filter((r) => r.caseId === caseId);
    return reports.some((r) => r.recoveryDate === null)
      ? null
      : (reports
          .map((r) => r.recoveryDate as string)
          .sort()
          .at(-1) ?? null);
  };
  const absenceDays = absenceDaysUpTo(group.reports, period.to) - absenceDaysUpTo(group.reports, addDays(period.from, -1));
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

/** Splits an organization into its departments by the department of each contract period, and of each case's first sick day. */
function departmentGroups(whole: Group, employees: EmployeeFacts[], names: Map<string, string>): Group[] {
  const employmentOf = new Map(employees.map((e) => [e.employeeId, e.employment]));
  const caseDepartment = new Map(whole.reports.map((r) => [r.caseId, departmentOn(employmentOf.get(r.personId) ?? [], r.firstSickDay)]));
  const ids = [...new Set([...whole.employment.map((p) => p.departmentId ?? null)])];
  return ids.map((departmentId) => ({
    ...whole,
    departmentId,
    department: departmentId === null ? null : (names.get(departmentId) ?? null),
    employment: whole.employment.filter((p) => (p.departmentId ?? null) === departmentId),
    reports: whole.reports.filter((r) => caseDepartment.get(r.caseId) === departmentId),
    milestones: whole.milestones.filter((m) => caseDepartment.get(m.caseId) === departmentId),
    programmes: whole.programmes.filter((p) => caseDepartment.get(p.caseId) === departmentId),
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
  const directory = new DirectoryRepository(dataSource);
  const sickReports = new SickReportRepository(dataSource);
  const progress = new CaseProgressRepository(dataSource);
  const organizations = await analystOrganizations(directory, viewer, query.organizationId);
  const metrics = query.metrics?.length ? [...new Set(query.metrics)] : Object.values(AnalyticsMetric);
  const periods = reportingPeriods(range, query.granularity);
  const departments = await directory.departments(organizations.map((o) => o.organizationId));
  const names = new Map(departments.map((d) => [d.departmentId, d.name]));

  const rows: AnalyticsRow[] = [];
  for (const organization of organizations) {
    const employees = await directory.employees([organization]);
    const reports = await sickReports.ofEmployees(employees.map((e) => e.employeeId));
    const caseIds = [...new Set(reports.map((r) => r.caseId))];
    const whole: Group = {
      organization,
      departmentId: null,
      department: null,
      employment: employees.flatMap((e) => e.employment),
      reports,
      milestones: await progress.milestoneFacts(caseIds),
      programmes: await progress.programmeFacts(caseIds),
    };
    const groups = query.byDepartment ? departmentGroups(whole, employees, names) : [];
    for (const { label, period } of periods) {
      const total = measure(whole, period, query.returnWithinWeeks);
      const totalVerdict = suppressSmallGroup(null, total.persons);
      rows.push(...rowsOf(label, whole, metrics, total.values, totalVerdict));
      const measured = groups.map((group) => ({ group, ...measure(group, period, query.returnWithinWeeks) }));
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
