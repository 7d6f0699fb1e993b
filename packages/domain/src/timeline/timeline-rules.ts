import type { Jurisdiction } from '../case/jurisdiction';
import type { AssessmentOutcome, MilestoneKind, MilestoneNature } from './milestone';

export type Offset = { days: number } | { months: number };

/** Dates a milestone can run from, besides the first sick day. */
export type TimelineAnchor = 'ACTION_PLAN' | 'REINTEGRATION_REQUEST' | 'ASSESSMENT_DECISION' | 'REINTEGRATION_PLAN';

/**
 * Due at first sick day + offset, counted in sick days of the case so that fit gaps
 * push it back. A month offset counts the calendar length of those months from the first sick day.
 */
export interface SickDayMilestoneRule {
  basis: 'SICK_DAY';
  kind: MilestoneKind;
  nature: MilestoneNature;
  offset: Offset;
  /** Move the due date forward to the first working day on or after it. */
  onWorkingDay?: boolean;
}

/**
 * Due every `everySickDays` sick days after the anchor, while before the `before` milestone.
 * Without an anchor date yet, runs from the anchor milestone's own due date.
 */
export interface RecurringMilestoneRule {
  basis: 'RECURRING';
  kind: MilestoneKind;
  nature: MilestoneNature;
  anchor: TimelineAnchor & MilestoneKind;
  everySickDays: number;
  before: MilestoneKind;
}

/** Due at anchor + offset in calendar days; omitted until the anchor event has happened. */
export interface EventMilestoneRule {
  basis: 'EVENT';
  kind: MilestoneKind;
  nature: MilestoneNature;
  anchor: TimelineAnchor;
  offset: Offset;
  /** Only after an assessment with one of these outcomes. */
  outcomes?: AssessmentOutcome[];
}

export type MilestoneRule = SickDayMilestoneRule | RecurringMilestoneRule | EventMilestoneRule;

export interface TimelineRules {
  jurisdiction: Jurisdiction;
  dueSoonDays: number;
  milestones: MilestoneRule[];
}
