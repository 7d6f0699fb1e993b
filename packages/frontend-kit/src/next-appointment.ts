export interface AppointmentLike {
  startsAt: string;
  status: string;
}

/** The first planned appointment that has not started yet; appointments come in time order. */
export function nextPlannedAppointment<A extends AppointmentLike>(appointments: readonly A[], now = new Date()): A | undefined {
  const moment = now.toISOString();
  return appointments.find((a) => a.status === 'PLANNED' && a.startsAt > moment);
}
