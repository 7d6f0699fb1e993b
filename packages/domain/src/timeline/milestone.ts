import type { IsoDate } from '../calendar/iso-date';

export type MilestoneKind =
  | 'PROBLEM_ANALYSIS'
  | 'ACTION_PLAN'
  | 'EVALUATION'
  | 'UWV_SICKNESS_NOTIFICATION'
  | 'FIRST_YEAR_EVALUATION'
  | 'WIA_APPLICATION'
  | 'END_OF_WAGE_PAYMENT'
  | 'RETURN_TO_WORK_CONTACT'
  | 'REINTEGRATION_ELIGIBLE'
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
 */
export type MilestoneNature = 'DEADLINE' | 'EARLIEST_DATE' | 'RIGHT_EXPIRES';

/**
 * DUE_SOON: due within the rules' `dueSoonDays` (today included). After the due date an
 * unfulfilled milestone is OVERDUE (deadline), OPEN (earliest date) or EXPIRED (right).
 * NOT_APPLICABLE: unfulfilled and due on or after the case's recovery date.
 */
export type MilestoneStatus = 'UPCOMING' | 'DUE_SOON' | 'OVERDUE' | 'OPEN' | 'EXPIRED' | 'DONE' | 'NOT_APPLICABLE';

/** Belgian re-integration assessment: A temporarily unfit, B definitively unfit, C assessment not possible. */
export type AssessmentOutcome = 'A' | 'B' | 'C';

export interface Milestone {
  key: MilestoneKey;
  kind: MilestoneKind;
  nature: MilestoneNature;
  dueDate: IsoDate;
  status: MilestoneStatus;
  fulfilledOn: IsoDate | null;
  /** Null until fulfilled; for an earliest date, "on time" means not before it. */
  onTime: boolean | null;
  /** The last working day before a due date that falls on a weekend or public holiday. */
  warnOn: IsoDate | null;
}
