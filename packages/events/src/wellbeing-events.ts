import type { EventEnvelope } from './envelope';

/** Scores only; the private note never leaves the case service. */
export interface CheckInRecordedPayload {
  caseId: string;
  checkInId: string;
  employeeId: string;
  date: string;
  energy: number;
  mood: number;
  sleep: number;
  demands: number;
  /** Mean of autonomy, recognition and social support. */
  resources: number;
  dip: boolean;
}

export type ConsentScope = 'CHECK_IN_TREND' | 'CHECK_IN_DETAIL' | 'SESSION_SUMMARY' | string;

/**
 * A consent is identified by its case, scope and grantee: each change replaces the one
 * before it, and the latest `changedAt` wins.
 */
export interface ConsentChangedPayload {
  caseId: string;
  employeeId: string;
  scope: ConsentScope;
  /** Role or user the consent is for. */
  granteeRole: string;
  granteeUserId: string | null;
  granted: boolean;
  changedAt: string;
}

export type SessionReportState = 'DRAFT' | 'AWAITING_VALIDATION' | 'CHANGES_REQUESTED' | 'VALIDATED' | 'RELEASED';

export interface SessionReportChangedPayload {
  caseId: string;
  reportId: string;
  appointmentId: string | null;
  kind: 'REFLECTION' | 'DIALOGUE' | 'THREE_WAY';
  state: SessionReportState;
  /** Participants who still have to validate the functional summary. */
  awaitingValidationFrom: string[];
  changedAt: string;
}

export type CheckInRecorded = EventEnvelope<'check-in.recorded', CheckInRecordedPayload>;
export type ConsentChanged = EventEnvelope<'consent.changed', ConsentChangedPayload>;
export type SessionReportChanged = EventEnvelope<'session-report.changed', SessionReportChangedPayload>;

export type WellbeingEvent = CheckInRecorded | ConsentChanged | SessionReportChanged;
export const WELLBEING_EVENT_TYPES = ['check-in.recorded', 'consent.changed', 'session-report.changed'] as const;
