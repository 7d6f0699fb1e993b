import type { CaseStatus, Jurisdiction, Role } from '@terugkeer/domain';
import type { EventEnvelope } from './envelope';

export interface CaseParticipant {
  userId: string;
  role: Role;
}

export interface CaseOpenedPayload {
  caseId: string;
  organizationId: string;
  healthProviderId: string | null;
  employeeId: string;
  departmentId: string | null;
  firstSickDay: string;
  jurisdiction: Jurisdiction;
  status: CaseStatus;
  participants: CaseParticipant[];
}

export interface CaseParticipantsChangedPayload {
  caseId: string;
  participants: CaseParticipant[];
}

export interface CaseStatusChangedPayload {
  caseId: string;
  status: CaseStatus;
  recoveryDate: string | null;
}

export type CaseOpened = EventEnvelope<'case.opened', CaseOpenedPayload>;
export type CaseParticipantsChanged = EventEnvelope<'case.participants-changed', CaseParticipantsChangedPayload>;
export type CaseStatusChanged = EventEnvelope<'case.status-changed', CaseStatusChangedPayload>;

export type CaseEvent = CaseOpened | CaseParticipantsChanged | CaseStatusChanged;
export const CASE_EVENT_TYPES = ['case.opened', 'case.participants-changed', 'case.status-changed'] as const;
