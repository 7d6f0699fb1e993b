import type { Jurisdiction } from '@terugkeer/domain';
import type { EventEnvelope } from './envelope';

export interface AbsenceIntervalPayload {
  from: string;
  /** 1–100: share of the contract hours not worked. */
  percentage: number;
  therapeutic: boolean;
}

/** The whole sick report after every change (recorded, interval added, recovered, corrected). */
export interface SickReportRecordedPayload {
  reportId: string;
  caseId: string;
  employeeId: string;
  organizationId: string;
  departmentId: string | null;
  firstSickDay: string;
  /** First fully fit day; null while still (partly) sick. */
  recoveryDate: string | null;
  intervals: AbsenceIntervalPayload[];
  /** A later report of a continued case (fewer than 28 fit days since the previous one). */
  relapse: boolean;
  occupationalAccident: boolean;
  /** Flagged with the safety-net ground PREGNANCY: illness due to pregnancy or childbirth. */
  pregnancyRelated?: boolean;
}

export interface SickReportRemovedPayload {
  reportId: string;
  caseId: string;
}

export interface MilestonePayload {
  /** `EVALUATION#3` for the third of a recurring kind. */
  key: string;
  kind: string;
  dueDate: string;
  status: string;
  fulfilledOn: string | null;
  onTime: boolean | null;
}

/** The case's legal timeline after anything that moves it (a report, a fulfilling record, a new day). */
export interface CaseTimelineChangedPayload {
  caseId: string;
  employeeId: string;
  jurisdiction: Jurisdiction;
  firstSickDay: string;
  recoveryDate: string | null;
  milestones: MilestonePayload[];
}

export type SickReportRecorded = EventEnvelope<'absence.report-recorded', SickReportRecordedPayload>;
export type SickReportRemoved = EventEnvelope<'absence.report-removed', SickReportRemovedPayload>;
export type CaseTimelineChanged = EventEnvelope<'case.timeline-changed', CaseTimelineChangedPayload>;

export type AbsenceEvent = SickReportRecorded | SickReportRemoved | CaseTimelineChanged;
export const ABSENCE_EVENT_TYPES = ['absence.report-recorded', 'absence.report-removed', 'case.timeline-changed'] as const;
