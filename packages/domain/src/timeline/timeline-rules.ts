import type { SafetyNetGround } from '../absence/sick-report';
import type { Jurisdiction } from '../case/jurisdiction';
import type { AssessmentOutcome, MilestoneKind, MilestoneNature, ReintegrationRequester, WagePaymentExtensionKind } from './milestone';

/** Calendar days or months, or working days of the jurisdiction's calendar after the start. */
export type Offset = { days: number } | { months: number } | { workingDays: number };

/** Dates a milestone can run from, besides the first sick day. */
export type TimelineAnchor = 'ACTION_PLAN' | 'REINTEGRATION_REQUEST' | 'ASSESSMENT_DECISION' | 'REINTEGRATION_PLAN';

interface RuleBase {
  kind: MilestoneKind;
  nature: MilestoneNature;
  /** Where the rule comes from: article, regulation or the authority's published guidance. */
  source: string;
}

/**
 * Due at first sick day + offset, counted in sick days of the case so that fit gaps
 * push it back. A month offset counts the calendar length of those months from the first sick day.
 */
export interface SickDayMilestoneRule extends RuleBase {
  basis: 'SICK_DAY';
  offset: Offset;
  /** A Dutch safety-net report (vangnet) has its own term. */
  offsetBySafetyNet?: Partial<Record<SafetyNetGround, Offset>>;
  /** NL: near the maternity leave the notification is due on the 4th day (`pregnancyNotificationDue`). */
  fourthDayNearMaternityLeave?: boolean;
  /** Move the due date forward to the first working day on or after it. */
  onWorkingDay?: boolean;
  /** These extensions of wage payment move the due date by their days. */
  extendedBy?: WagePaymentExtensionKind[];
  /** BE: a certificate of definitive unfitness from the treating physician makes the date its own date, if earlier. */
  earlierOnUnfitnessCertificate?: boolean;
  /** BE: the trajectory request fulfils it, and a request by this party is lawful at any time. */
  fulfilledByRequest?: { lawfulAnyTimeBy: ReintegrationRequester };
}

/**
 * Due every `everySickDays` sick days after the previous one — the date it was held, else its
 * due date — the first after the anchor, while before the `before` milestone. Without an anchor
 * date yet, runs from the anchor milestone's own due date.
 */
export interface RecurringMilestoneRule extends RuleBase {
  basis: 'RECURRING';
  anchor: TimelineAnchor & MilestoneKind;
  everySickDays: number;
  before: MilestoneKind;
}

/** Due at anchor + offset in calendar days; omitted until the anchor event has happened. */
export interface EventMilestoneRule extends RuleBase {
  basis: 'EVENT';
  anchor: TimelineAnchor;
  offset: Offset;
  /** Only after an assessment with one of these outcomes. */
  outcomes?: AssessmentOutcome[];
}

/**
 * Due a calendar offset from another milestone of the same rules (defined earlier in the table):
 * from the date it was fulfilled when `afterFulfilment`, else from its (possibly extended) due date.
 */
export interface RelativeMilestoneRule extends RuleBase {
  basis: 'RELATIVE';
  anchor: MilestoneKind;
  offset: { days: number };
  afterFulfilment?: boolean;
}

export type MilestoneRule = SickDayMilestoneRule | RecurringMilestoneRule | EventMilestoneRule | RelativeMilestoneRule;

export interface TimelineRules {
  jurisdiction: Jurisdiction;
  dueSoonDays: number;
  milestones: MilestoneRule[];
}
