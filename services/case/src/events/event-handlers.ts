import { eventHandlers } from '@terugkeer/service-kit';
import { projectAppointment } from '../modules/case-appointments/case-appointments.projection';

/** The scheduling service's events this service consumes: which appointments a session report may name. */
export const CASE_EVENT_HANDLERS = eventHandlers({
  'appointment.changed': projectAppointment,
});
