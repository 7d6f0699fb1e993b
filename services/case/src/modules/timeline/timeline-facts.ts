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
  type Milestone,
  type MilestoneKey,
  type ReintegrationRequester,
  type SafetyNetGround,
  type WagePaymentExtension,
} from '@terugkeer/domain';
import type { EntityManager } from 'typeorm';
import { SickReportRepository } from '../absence/sick-report.repository';

type Queryable = Pick<EntityManager, 'query'>;

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
    requestedBy: ReintegrationRequester | null;
    certificate: IsoDate | null;
    sanction: number;
    voluntary: number;
    lateWia: number;
  }[] = await db.query(
    `SELECT id, employee_id AS "employeeId", organization_id AS "organizationId", jurisdiction, first_sick_day AS "firstSickDay",
            recovery_date AS "recoveryDate", reintegration_requested_on AS requested, assessment_outcome AS outcome,
            reintegration_requested_by AS "requestedBy", unfitness_certificate_on AS certificate, wage_sanction_days AS sanction,
            voluntary_extension_days AS voluntary, late_wia_application_days AS "lateWia"
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
          fulfilled: Object.fromEntries(fulfilments.filter((f) => f.caseId === row.id).map((f) => [f.key, f.fulfilledOn])),
          reintegrationRequestDate: row.requested,
          assessmentOutcome: row.outcome,
          reintegrationRequestedBy: row.requestedBy,
          unfitnessCertificateDate: row.certificate,
          safetyNet: ownReports[0]?.safetyNetGround ?? null,
          wagePaymentExtensions: extensions,
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
    reintegrationRequestedBy: facts.reintegrationRequestedBy ?? undefined,
    unfitnessCertificateDate: facts.unfitnessCertificateDate ?? undefined,
    safetyNet: facts.safetyNet,
    wagePaymentExtensions: facts.wagePaymentExtensions,
  });
}
