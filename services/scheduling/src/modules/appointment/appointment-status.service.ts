import type { EntityManager } from 'typeorm';
import { sessionChanged } from '../programme/programme.service';
import type { Appointment, AppointmentStatus } from './appointment.entity';
import { saveChange } from './appointment.service';
import type { ReplicatedCase } from '../case/case-access.repository';

/** Marks an appointment held, cancelled or no-show (or planned again); a programme session also moves its programme on. */
export async function setAppointmentStatus(
  manager: EntityManager,
  facts: ReplicatedCase,
  appointment: Appointment,
  status: AppointmentStatus,
): Promise<Appointment> {
  appointment.status = status;
  await saveChange(manager, facts, appointment);
  await sessionChanged(manager, facts, appointment);
  return appointment;
}
