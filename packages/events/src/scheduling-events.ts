import type { EventEnvelope } from './envelope';

export interface AppointmentChangedPayload {
  appointmentId: string;
  caseId: string;
  kind: string;
  startsAt: string;
  endsAt: string;
  status: 'PLANNED' | 'HELD' | 'CANCELLED' | 'NO_SHOW';
  programmeId: string | null;
}

export interface BuildUpWeekPayload {
  weekStart: string;
  plannedHours: number;
  actualHours: number | null;
  therapeutic: boolean;
}

/** The whole build-up schedule (current version) after every change. */
export interface BuildUpChangedPayload {
  caseId: string;
  scheduleId: string;
  version: number;
  weeks: BuildUpWeekPayload[];
}

export interface StagnationDetectedPayload {
  caseId: string;
  alertId: string;
  reason: string;
  weekStart: string;
}

export interface ProgrammeChangedPayload {
  caseId: string;
  programmeId: string;
  startDate: string;
  status: 'ACTIVE' | 'COMPLETED' | 'STOPPED';
  held: number;
  missed: number;
  remaining: number;
}

export type AppointmentChanged = EventEnvelope<'appointment.changed', AppointmentChangedPayload>;
export type BuildUpChanged = EventEnvelope<'build-up.changed', BuildUpChangedPayload>;
export type StagnationDetected = EventEnvelope<'stagnation.detected', StagnationDetectedPayload>;
export type ProgrammeChanged = EventEnvelope<'programme.changed', ProgrammeChangedPayload>;

export type SchedulingEvent = AppointmentChanged | BuildUpChanged | StagnationDetected | ProgrammeChanged;
export const SCHEDULING_EVENT_TYPES = ['appointment.changed', 'build-up.changed', 'stagnation.detected', 'programme.changed'] as const;
