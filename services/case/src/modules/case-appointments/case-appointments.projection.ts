import type { AppointmentChanged, EventEnvelope } from '@terugkeer/events';
import type { EntityManager } from 'typeorm';
import { CaseAppointmentsRepository } from './case-appointments.repository';

/** The scheduling service's events this service consumes. */
export const CONSUMED_EVENT_TYPES = ['appointment.changed'] as const;

/**
 * An appointment never moves to another case, so its first event is all this service needs
 * to know that a session report may name it.
 */
export async function projectAppointmentEvent(event: EventEnvelope, manager: EntityManager): Promise<void> {
  if (event.type !== 'appointment.changed') return;
  const { appointmentId, caseId } = (event as AppointmentChanged).payload;
  await new CaseAppointmentsRepository(manager).remember(appointmentId, caseId);
}
