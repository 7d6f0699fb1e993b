import {
  absenceDaysUpTo,
  DURATION_CLASSES,
  milestoneCompliance,
  relapseRate,
  timeToFullReturn,
  WITHIN_28_DAYS,
  WITHIN_6_MONTHS,
  type MilestoneOutcome,
  type SickReportFact,
} from '@terugkeer/domain';
import type { DataSource } from 'typeorm';
import type { EmployeeFacts, OrganizationFacts } from '../statistics/statistics.repository';
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

export async function buildOrganizationReport(
  dataSource: DataSource,
  organization: OrganizationFacts,
  employees: EmployeeFacts[],
  reports: CaseReport[],
  asOf: string,
): Promise<OrganizationReport> {
  const employeeById = new Map(employees.map((e) => [e.employeeId, e]));
  const { organizationId, dailyAbsenceCost, programmeCost } = organization;
  const known = reports.filter((r) => r.firstSickDay <= asOf);
  const timelines: { milestones: MilestoneOutcome[] }[] = await dataSource.query(`SELECT milestones FROM case_timelines WHERE case_id = ANY($1::uuid[])`, [
    [...new Set(known.map((r) => r.caseId))],
  ]);
  const phases: { phase: string; cases: number }[] = await dataSource.query(
    `SELECT status AS phase, count(*)::int AS cases FROM case_access WHERE organization_id = $1 GROUP BY status ORDER BY status`,
    [organizationId],
  );
  const [{ programmes }]: { programmes: number }[] = await dataSource.query(
    `SELECT count(DISTINCT p.case_id)::int AS programmes FROM programmes p JOIN case_access c ON c.case_id = p.case_id
      WHERE c.organization_id = $1 AND p.start_date <= $2`,
    [organizationId, asOf],
  );

  const compliance = milestoneCompliance(timelines.flatMap((t) => t.milestones));
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
