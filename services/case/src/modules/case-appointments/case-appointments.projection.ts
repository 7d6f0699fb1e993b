import type { AppointmentChanged } from '@terugkeer/events';
import type { EntityManager } from 'typeorm';
import { CaseAppointmentsRepository } from './case-appointments.repository';

/**
 * An appointment never moves to another case, so its first event is all this service needs
 * to know that a session report may name it.
 */
export async function projectAppointment(event: AppointmentChanged, manager: EntityManager): Promise<void> {
  const { appointmentId, caseId } = event.payload;
  await new CaseAppointmentsRepository(manager).remember(appointmentId, caseId);
}
