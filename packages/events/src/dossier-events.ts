import type { EventEnvelope } from './envelope';

/**
 * Dossier events carry only what may leave the case service: never medical notes, never
 * a coach's private notes, never a check-in's private note.
 */
export interface ProblemAnalysisRecordedPayload {
  caseId: string;
  analysisId: string;
  version: number;
  recordedOn: string;
  /** Functional possibilities and limitations, expected duration, advice: shareable text only. */
  possibilities: string[];
  limitations: string[];
  expectedDuration: string | null;
  advice: string;
  /** The advised build-up of hours (functional, like the rest); absent from events before it existed. */
  advisedBuildUp?: { maxHoursPerWeek: number | null; maxIncreasePerWeek: number | null } | null;
}

export interface SignaturePayload {
  role: 'EMPLOYEE' | 'MANAGER';
  userId: string;
  name: string;
  signedAt: string;
}

export interface HourAgreementPayload {
  /** Monday of the first week this agreement applies. */
  weekStart: string;
  hoursPerWeek: number;
  homeHours: number;
  locationHours: number;
  therapeutic: boolean;
  tasks: string[];
  /** The tasks to start with in this phase (also in `tasks`). */
  tasksToStartWith?: string[];
  /** Tasks that are still too much in this phase. */
  tasksTooMuch?: string[];
}

export interface ContactAgreementPayload {
  /** e.g. WEEKLY, BIWEEKLY */
  frequency: string;
  /** ISO weekday 1–7 */
  weekday: number | null;
  time: string | null;
  mode: string;
  purpose: 'INFORM' | 'THINK_ALONG' | 'EVALUATE';
  /** Where live meetings happen: OFFICE, HOME, NEUTRAL_PLACE, ONLINE. */
  meetingPlace?: string | null;
}

/** The whole version after every change to it (saved, signed). */
export interface ActionPlanVersionChangedPayload {
  caseId: string;
  planId: string;
  version: number;
  savedAt: string;
  savedByUserId: string;
  /** Everything on the plan, as the PDF and the read model need it. */
  content: Record<string, unknown>;
  hourAgreements: HourAgreementPayload[];
  contactAgreement: ContactAgreementPayload | null;
  evaluationEveryWeeks: number;
  signatures: SignaturePayload[];
  /** Both employee and manager signed this version. */
  signed: boolean;
  /** Weeks in which the hours go faster than the company doctor's latest advised build-up; absent from older events. */
  fasterThanAdvice?: { weekStart: string; reason: 'CEILING' | 'INCREASE'; hours: number; limit: number }[];
}

export interface RelapsePlanChangedPayload {
  caseId: string;
  planId: string;
  version: number;
  agreed: boolean;
}

export interface ProgrammeIntakeRecordedPayload {
  caseId: string;
  fits: boolean;
  reason: string | null;
  recordedOn: string;
}

export interface EscalationChangedPayload {
  caseId: string;
  escalationId: string;
  urgency: 'NORMAL' | 'URGENT';
  /** AWAITING_EMPLOYEE and DECLINED never reach the doctor. */
  status: 'AWAITING_EMPLOYEE' | 'DECLINED' | 'OPEN' | 'ACKNOWLEDGED';
  doctorUserId: string | null;
  raisedAt: string;
}

export type ProblemAnalysisRecorded = EventEnvelope<'problem-analysis.recorded', ProblemAnalysisRecordedPayload>;
export type ActionPlanVersionChanged = EventEnvelope<'action-plan.version-changed', ActionPlanVersionChangedPayload>;
export type RelapsePlanChanged = EventEnvelope<'relapse-plan.changed', RelapsePlanChangedPayload>;
export type ProgrammeIntakeRecorded = EventEnvelope<'programme-intake.recorded', ProgrammeIntakeRecordedPayload>;
export type EscalationChanged = EventEnvelope<'escalation.changed', EscalationChangedPayload>;

export type DossierEvent = ProblemAnalysisRecorded | ActionPlanVersionChanged | RelapsePlanChanged | ProgrammeIntakeRecorded | EscalationChanged;
export const DOSSIER_EVENT_TYPES = [
  'problem-analysis.recorded',
  'action-plan.version-changed',
  'relapse-plan.changed',
  'programme-intake.recorded',
  'escalation.changed',
] as const;
