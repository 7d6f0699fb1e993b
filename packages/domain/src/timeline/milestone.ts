import type { IsoDate } from '../calendar/iso-date';

export type MilestoneKind =
  | 'PROBLEM_ANALYSIS'
  | 'ACTION_PLAN'
  | 'EVALUATION'
  | 'UWV_SICKNESS_NOTIFICATION'
  | 'FIRST_YEAR_EVALUATION'
  | 'WIA_APPLICATION'
  | 'SECOND_TRACK_DECISION'
  | 'UWV_WIA_LETTER'
  | 'REINTEGRATION_REPORT'
  | 'FINAL_EVALUATION'
  | 'END_OF_WAGE_PAYMENT'
  | 'DISMISSAL_BAN_ENDS'
  | 'PREVENTION_SERVICE_NOTICE'
  | 'REINTEGRATION_ELIGIBLE'
  | 'NEW_TRAJECTORY_ELIGIBLE'
  | 'MEDICAL_FORCE_MAJEURE_ELIGIBLE'
  | 'ASSESSMENT_DECISION'
  | 'REINTEGRATION_PLAN'
  | 'PLAN_RESPONSE'
  | 'APPEAL';

/** Unique per case: the kind, or `EVALUATION#3` for the third of a recurring kind. */
export type MilestoneKey = MilestoneKind | `${MilestoneKind}#${number}`;

/**
 * DEADLINE: someone must act by the due date. EARLIEST_DATE: a step becomes possible
 * on the due date. RIGHT_EXPIRES: a party may act until the due date, not after.
 * EXPECTED: an outside body (UWV) acts about then; nobody here owes it, so it is never late.
 */
export type MilestoneNature = 'DEADLINE' | 'EARLIEST_DATE' | 'RIGHT_EXPIRES' | 'EXPECTED';

/**
 * DUE_SOON: due within the rules' `dueSoonDays` (today included). After the due date an
 * unfulfilled milestone is OVERDUE (deadline), OPEN (earliest date) or EXPIRED (right).
 * NOT_APPLICABLE: unfulfilled and due on or after the case's recovery date.
 */
export type MilestoneStatus = 'UPCOMING' | 'DUE_SOON' | 'OVERDUE' | 'OPEN' | 'EXPIRED' | 'DONE' | 'NOT_APPLICABLE';

/** Belgian re-integration assessment: A temporarily unfit, B definitively unfit, C assessment not possible. */
export type AssessmentOutcome = 'A' | 'B' | 'C';

/** Who asked the prevention advisor-occupational physician for a Belgian re-integration trajectory. */
export type ReintegrationRequester = 'EMPLOYEE' | 'EMPLOYER';

/**
 * What moves the end of Dutch wage payment (art. 7:629 lid 11 BW): a LATE_WIA_APPLICATION by the
 * days it was late (sub a), a VOLUNTARY extension agreed by employer and employee (sub b, art. 24
 * Wet WIA, at most 52 weeks), a WAGE_SANCTION imposed by UWV (sub c, art. 25 lid 9 Wet WIA, at most 52 weeks).
 */
export type WagePaymentExtensionKind = 'LATE_WIA_APPLICATION' | 'VOLUNTARY' | 'WAGE_SANCTION';

export interface WagePaymentExtension {
  kind: WagePaymentExtensionKind;
  days: number;
}

export interface Milestone {
  key: MilestoneKey;
  kind: MilestoneKind;
  nature: MilestoneNature;
  dueDate: IsoDate;
  status: MilestoneStatus;
  fulfilledOn: IsoDate | null;
  /** Null until fulfilled, and for an act of UWV (EXPECTED); for an earliest date, "on time" means not before it. */
  onTime: boolean | null;
  /** The last working day before a due date that falls on a weekend or public holiday. */
  warnOn: IsoDate | null;
  /** The due date before an extension of wage payment moved it; null when it did not move. */
  originalDueDate: IsoDate | null;
}
