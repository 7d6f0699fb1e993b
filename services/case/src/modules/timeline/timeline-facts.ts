import {
  computeMilestones,
  deriveCases,
  timeZoneOf,
  todayIn,
  type AssessmentOutcome,
  type CaseSpan,
  type IsoDate,
  type Jurisdiction,
  type Milestone,
  type MilestoneKey,
} from '@terugkeer/domain';
import type { EntityManager } from 'typeorm';
import { SickReportRepository } from '../absence/sick-report.repository';

type Queryable = Pick<EntityManager, 'query'>;

export interface TimelineFacts {
  caseId: string;
  employeeId: string;
  organizationId: string;
  jurisdiction: Jurisdiction;
  span: CaseSpan;
  fulfilled: Partial<Record<MilestoneKey, IsoDate>>;
  reintegrationRequestDate: IsoDate | null;
  assessmentOutcome: AssessmentOutcome | null;
}

/** Everything the legal timeline of some cases depends on, in three queries whatever their number. */
export async function loadTimelineFacts(db: Queryable, caseIds: readonly string[]): Promise<Map<string, TimelineFacts>> {
  if (!caseIds.length) return new Map();
  const cases: {
    id: string;
    employeeId: string;
    organizationId: string;
    jurisdiction: Jurisdiction;
    firstSickDay: IsoDate;
    recoveryDate: IsoDate | null;
    requested: IsoDate | null;
    outcome: AssessmentOutcome | null;
  }[] = await db.query(
    `SELECT id, employee_id AS "employeeId", organization_id AS "organizationId", jurisdiction, first_sick_day AS "firstSickDay",
            recovery_date AS "recoveryDate", reintegration_requested_on AS requested, assessment_outcome AS outcome
       FROM cases WHERE id = ANY($1)`,
    [caseIds],
  );
  const reports = await new SickReportRepository(db).ofCases(caseIds);
  const fulfilments: { caseId: string; key: MilestoneKey; fulfilledOn: IsoDate }[] = await db.query(
    `SELECT case_id AS "caseId", milestone_key AS key, fulfilled_on AS "fulfilledOn" FROM milestone_fulfilments WHERE case_id = ANY($1)`,
    [caseIds],
  );
  return new Map(
    cases.map((row) => {
      const ownReports = reports.filter((r) => r.caseId === row.id);
      // A case made before its reports (or without them) still has a timeline from its own dates.
      const span: CaseSpan = deriveCases(ownReports)[0] ?? { firstSickDay: row.firstSickDay, gaps: [], recoveryDate: row.recoveryDate };
      return [
        row.id,
        {
          caseId: row.id,
          employeeId: row.employeeId,
          organizationId: row.organizationId,
          jurisdiction: row.jurisdiction,
          span,
          fulfilled: Object.fromEntries(fulfilments.filter((f) => f.caseId === row.id).map((f) => [f.key, f.fulfilledOn])),
          reintegrationRequestDate: row.requested,
          assessmentOutcome: row.outcome,
        },
      ];
    }),
  );
}

/** The legal timeline as it stands at `now`, on the calendar day of the case's jurisdiction. */
export function milestonesOf(facts: TimelineFacts, now: Date): Milestone[] {
  return computeMilestones({
    jurisdiction: facts.jurisdiction,
    sickCase: facts.span,
    today: todayIn(timeZoneOf(facts.jurisdiction), now),
    fulfilled: facts.fulfilled,
    reintegrationRequestDate: facts.reintegrationRequestDate ?? undefined,
    assessmentOutcome: facts.assessmentOutcome ?? undefined,
  });
}
