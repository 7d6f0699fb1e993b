import {
  absenceDaysUpTo,
  inputReason,
  isIsoDate,
  PLATFORM_TIME_ZONE,
  todayIn,
  DURATION_CLASSES,
  milestoneCompliance,
  relapseRate,
  timeToFullReturn,
  WITHIN_28_DAYS,
  WITHIN_6_MONTHS,
  type SickReportFact,
} from '@terugkeer/domain';
import { badInput, hasRole, isUuid, notFound, type Queryable, type Viewer } from '@terugkeer/service-kit';
import { SickReportRepository } from '../absence/sick-report.repository';
import { CaseAccessRepository } from '../case/case-access.repository';
import { DirectoryRepository, type EmployeeFacts, type OrganizationFacts } from '../directory/directory.repository';
import { CaseProgressRepository } from '../progress/case-progress.repository';
import type { CaseCost, OrganizationReport } from './organization-report.types';

type CaseReport = SickReportFact & { caseId: string };

/** A case spans its reports: from the first one's first sick day; recovered once every report is. */
function caseSpans(reports: CaseReport[]) {
  const byCase = new Map<string, CaseReport[]>();
  for (const report of reports) byCase.set(report.caseId, [...(byCase.get(report.caseId) ?? []), report]);
  return [...byCase].map(([caseId, list]) => {
    const recoveries = list.flatMap((r) => (r.recoveryDate === null ? [] : [r.recoveryDate])).sort();
    return {
      caseId,
      reports: list,
      firstSickDay: list.map((r) => r.firstSickDay).sort()[0],
      recoveryDate: recoveries.length < list.length ? null : recoveries[recoveries.length - 1],
    };
  });
}

/** The employer pays for absence while the person is employed: up to the report date or the last contract day. */
function lastPaidDay(employee: EmployeeFacts | undefined, asOf: string): string {
  const ends = employee?.employment.map((p) => p.to) ?? [];
  if (ends.length === 0 || ends.includes(null)) return asOf;
  const last = (ends as string[]).sort()[ends.length - 1];
  return last < asOf ? last : asOf;
}

/** The case manager's report on an organization as of a day (today when left out); anyone else is told it does not exist. */
export async function organizationReport(db: Queryable, viewer: Viewer, organizationId: string, asOf: string | null): Promise<OrganizationReport> {
  const unknown = notFound('Organization', organizationId);
  if (!isUuid(organizationId) || !hasRole(viewer, 'CASE_MANAGER', organizationId)) throw unknown;
  // The read model holds no organization's jurisdiction: the default report day is the platform's.
  const day = asOf ?? todayIn(PLATFORM_TIME_ZONE, new Date());
  if (!isIsoDate(day)) throw badInput('asOf', inputReason('NOT_A_DATE'));
  const directory = new DirectoryRepository(db);
  const [organization] = await directory.organizations([organizationId]);
  if (!organization) throw unknown;
  const employees = await directory.employees([organization]);
  const reports = await new SickReportRepository(db).ofEmployees(employees.map((e) => e.employeeId));
  return buildOrganizationReport(db, organization, employees, reports, day);
}

async function buildOrganizationReport(
  db: Queryable,
  organization: OrganizationFacts,
  employees: EmployeeFacts[],
  reports: CaseReport[],
  asOf: string,
): Promise<OrganizationReport> {
  const employeeById = new Map(employees.map((e) => [e.employeeId, e]));
  const { organizationId, dailyAbsenceCost, programmeCost } = organization;
  const known = reports.filter((r) => r.firstSickDay <= asOf);
  const progress = new CaseProgressRepository(db);
  const caseAccess = new CaseAccessRepository(db);
  const milestones = await progress.milestonesOfCases([...new Set(known.map((r) => r.caseId))]);
  const phases = await caseAccess.casesByPhase(organizationId);
  const programmes = await progress.casesWithProgrammeFrom(await caseAccess.caseIdsOf(organizationId), asOf);

  const compliance = milestoneCompliance(milestones);
  // What is known on the report date: a recovery after it has not happened yet.
  const asKnown = known.map((r) => (r.recoveryDate !== null && r.recoveryDate > asOf ? { ...r, recoveryDate: null } : r));
  const spans = caseSpans(asKnown);
  const returns = timeToFullReturn(spans);
  const cases: CaseCost[] = spans.map((span) => {
    const absenceDays = absenceDaysUpTo(span.reports, lastPaidDay(employeeById.get(span.reports[0].personId), asOf));
    return {
      caseId: span.caseId,
      firstSickDay: span.firstSickDay,
      recoveryDate: span.recoveryDate,
      therapeuticWork: span.reports.some((report) => report.intervals.some((interval) => interval.therapeutic)),
      absenceDays,
      absenceCost: dailyAbsenceCost === null ? null : absenceDays * dailyAbsenceCost,
    };
  });
  const absenceDays = cases.reduce((sum, c) => sum + c.absenceDays, 0);
  const relapse = (window: typeof WITHIN_28_DAYS) => {
    const { recoveries, relapses, rate } = relapseRate(asKnown, window, asOf);
    return { recoveries, relapses, rate };
  };

  return {
    organizationId,
    asOf,
    compliance: { milestonesOnTime: compliance.onTime, milestonesLate: compliance.late, shareOnTime: compliance.share },
    casesByPhase: phases,
    timeToFullReturn: {
      returnedCases: returns.returned,
      medianDays: returns.medianDays,
      distribution: DURATION_CLASSES.map((durationClass) => ({ durationClass, reports: returns.classes[durationClass] })),
    },
    relapseWithin28Days: relapse(WITHIN_28_DAYS),
    relapseWithin6Months: relapse(WITHIN_6_MONTHS),
    cost: {
      dailyAbsenceCost,
      programmeCost,
      programmes,
      programmeCostTotal: programmeCost === null ? null : programmes * programmeCost,
      absenceDays,
      absenceCost: dailyAbsenceCost === null ? null : absenceDays * dailyAbsenceCost,
      cases: cases.sort((a, b) => a.firstSickDay.localeCompare(b.firstSickDay) || a.caseId.localeCompare(b.caseId)),
    },
  };
}
