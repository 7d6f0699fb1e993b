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
import type { Queryable } from '@terugkeer/service-kit';
import { SickReportRepository } from '../absence/sick-report.repository';
import { CaseRepository } from '../case/case.repository';
import { TimelineRepository } from './timeline.repository';

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
  const cases = await new CaseRepository().timelineRows(db, caseIds);
  const reports = await new SickReportRepository(db).ofCases(caseIds);
  const fulfilments = await new TimelineRepository().fulfilments(db, caseIds);
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
