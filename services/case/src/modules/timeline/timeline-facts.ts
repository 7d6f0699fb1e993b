import {
  CASE_RULES_BY_JURISDICTION,
  computeMilestones,
  incapacitySpan,
  timeZoneOf,
  todayIn,
  type AssessmentOutcome,
  type CaseSpan,
  type IsoDate,
  type Jurisdiction,
  type MaternityLeave,
  type Milestone,
  type MilestoneKey,
  type ReintegrationRequester,
  type SafetyNetGround,
  type WagePaymentExtension,
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
  /** The case's own first sick day; `span` may start later (BE: after a return to work). */
  firstSickDay: IsoDate;
  /** The incapacity the sick days count from, under the jurisdiction's rules. */
  span: CaseSpan;
  fulfilled: Partial<Record<MilestoneKey, IsoDate>>;
  reintegrationRequestDate: IsoDate | null;
  assessmentOutcome: AssessmentOutcome | null;
  reintegrationRequestedBy?: ReintegrationRequester | null;
  unfitnessCertificateDate?: IsoDate | null;
  safetyNet?: SafetyNetGround | null;
  wagePaymentExtensions?: WagePaymentExtension[];
  maternityLeave?: MaternityLeave | null;
}

/** Everything the legal timeline of some cases depends on, in three queries whatever their number. */
export async function loadTimelineFacts(db: Queryable, caseIds: readonly string[]): Promise<Map<string, TimelineFacts>> {
  if (!caseIds.length) return new Map();
  const cases = await new CaseRepository().timelineRows(db, caseIds);
  const reports = await new SickReportRepository(db).ofCases(caseIds);
  const fulfilments = await new TimelineRepository().fulfilments(db, caseIds);
  // Grouped once: the import asks for the timelines of tens of thousands of cases.
  const reportsOfCase = groupByCase(reports);
  const fulfilmentsOfCase = groupByCase(fulfilments);
  return new Map(
    cases.map((row) => {
      const ownReports = reportsOfCase.get(row.id) ?? [];
      // A case made before its reports (or without them) still has a timeline from its own dates.
      const span: CaseSpan = incapacitySpan(ownReports, CASE_RULES_BY_JURISDICTION[row.jurisdiction]) ?? {
        firstSickDay: row.firstSickDay,
        gaps: [],
        recoveryDate: row.recoveryDate,
      };
      const extensions: WagePaymentExtension[] = [
        { kind: 'WAGE_SANCTION' as const, days: row.sanction },
        { kind: 'VOLUNTARY' as const, days: row.voluntary },
        { kind: 'LATE_WIA_APPLICATION' as const, days: row.lateWia },
      ].filter((e) => e.days > 0);
      return [
        row.id,
        {
          caseId: row.id,
          employeeId: row.employeeId,
          organizationId: row.organizationId,
          jurisdiction: row.jurisdiction,
          firstSickDay: row.firstSickDay,
          span,
          fulfilled: Object.fromEntries((fulfilmentsOfCase.get(row.id) ?? []).map((f) => [f.key, f.fulfilledOn])),
          reintegrationRequestDate: row.requested,
          assessmentOutcome: row.outcome,
          reintegrationRequestedBy: row.requestedBy,
          unfitnessCertificateDate: row.certificate,
          safetyNet: ownReports[0]?.safetyNetGround ?? null,
          wagePaymentExtensions: extensions,
          maternityLeave:
            row.expectedDelivery && row.leaveFrom && row.leaveUntil
              ? { expectedDeliveryDate: row.expectedDelivery, leaveFrom: row.leaveFrom, leaveUntil: row.leaveUntil }
              : null,
        },
      ];
    }),
  );
}

function groupByCase<T extends { caseId: string | null }>(rows: readonly T[]): Map<string | null, T[]> {
  const groups = new Map<string | null, T[]>();
  for (const row of rows) {
    const group = groups.get(row.caseId);
    if (group) group.push(row);
    else groups.set(row.caseId, [row]);
  }
  return groups;
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
    reintegrationRequestedBy: facts.reintegrationRequestedBy ?? undefined,
    unfitnessCertificateDate: facts.unfitnessCertificateDate ?? undefined,
    safetyNet: facts.safetyNet,
    wagePaymentExtensions: facts.wagePaymentExtensions,
    maternityLeave: facts.maternityLeave ?? undefined,
  });
}
