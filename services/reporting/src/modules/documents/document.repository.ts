import type { ActionPlanVersionChangedPayload, MilestonePayload, ProblemAnalysisRecordedPayload } from '@terugkeer/events';
import { PLATFORM_TIME_ZONE, timeZoneOf, type Jurisdiction, type TimeZone } from '@terugkeer/domain';
import type { DataSource } from 'typeorm';

export interface DocumentFacts {
  caseId: string;
  organizationName: string | null;
  employeeNumber: string | null;
  firstSickDay: string;
  recoveryDate: string | null;
  status: string;
  /** Where the case's calendar days are counted: its jurisdiction's zone. */
  timeZone: TimeZone;
  /** Oldest first. */
  planVersions: ActionPlanVersionChangedPayload[];
  /** The newest version of each analysis, oldest analysis first. */
  analyses: ProblemAnalysisRecordedPayload[];
  milestones: MilestonePayload[];
  weeks: { weekStart: string; plannedHours: number; actualHours: number | null; therapeutic: boolean }[];
  reports: { firstSickDay: string; recoveryDate: string | null; relapse: boolean; intervals: { from: string; percentage: number; therapeutic: boolean }[] }[];
}

/** Everything the exports print, from the read model only. Medical notes never reach it. */
export async function loadDocumentFacts(dataSource: DataSource, caseId: string): Promise<DocumentFacts | null> {
  const [facts]: {
    first_sick_day: string;
    recovery_date: string | null;
    status: string;
    organization_name: string | null;
    employee_number: string | null;
    jurisdiction: Jurisdiction | null;
  }[] = await dataSource.query(
    `SELECT c.first_sick_day::text, c.recovery_date::text, c.status, o.name AS organization_name,
              (SELECT e.employee_number FROM employees e JOIN case_timelines t ON t.employee_id = e.employee_id WHERE t.case_id = c.case_id) AS employee_number,
              (SELECT t.jurisdiction FROM case_timelines t WHERE t.case_id = c.case_id) AS jurisdiction
         FROM case_access c LEFT JOIN organizations o ON o.organization_id = c.organization_id WHERE c.case_id = $1`,
    [caseId],
  );
  if (!facts) return null;
  const [plans, analyses, timeline, buildUp, reports] = await Promise.all([
    dataSource.query(`SELECT plan FROM action_plan_versions WHERE case_id = $1 ORDER BY version`, [caseId]),
    dataSource.query(`SELECT DISTINCT ON (analysis_id) analysis FROM problem_analyses WHERE case_id = $1 ORDER BY analysis_id, version DESC`, [caseId]),
    dataSource.query(`SELECT milestones FROM case_timelines WHERE case_id = $1`, [caseId]),
    dataSource.query(`SELECT weeks FROM build_ups WHERE case_id = $1`, [caseId]),
    dataSource.query(
      `SELECT first_sick_day::text AS "firstSickDay", recovery_date::text AS "recoveryDate", relapse, intervals
         FROM sick_reports WHERE case_id = $1 AND NOT removed ORDER BY first_sick_day`,
      [caseId],
    ),
  ]);
  return {
    caseId,
    organizationName: facts.organization_name,
    employeeNumber: facts.employee_number,
    firstSickDay: facts.first_sick_day,
    recoveryDate: facts.recovery_date,
    status: facts.status,
    timeZone: facts.jurisdiction ? timeZoneOf(facts.jurisdiction) : PLATFORM_TIME_ZONE,
    planVersions: plans.map((r: { plan: ActionPlanVersionChangedPayload }) => r.plan),
    analyses: analyses
      .map((r: { analysis: ProblemAnalysisRecordedPayload }) => r.analysis)
      .sort((a: ProblemAnalysisRecordedPayload, b: ProblemAnalysisRecordedPayload) => a.recordedOn.localeCompare(b.recordedOn)),
    milestones: timeline[0]?.milestones ?? [],
    weeks: [...(buildUp[0]?.weeks ?? [])].sort((a: { weekStart: string }, b: { weekStart: string }) => a.weekStart.localeCompare(b.weekStart)),
    reports,
  };
}
