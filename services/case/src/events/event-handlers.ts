import { eventHandlers } from '@terugkeer/service-kit';
import { auditAnalyticsQuery } from '../modules/audit/analytics-query.projection';
import { projectAppointment } from '../modules/case-appointments/case-appointments.projection';

/** The scheduling service's events this service consumes: which appointments a session report may name. */
export const CASE_EVENT_HANDLERS = eventHandlers({
  'appointment.changed': projectAppointment,
});

/** The reporting service's events this service consumes: analysts' queries, for the audit log. */
export const ANALYTICS_EVENT_HANDLERS = eventHandlers({
  'analytics.queried': auditAnalyticsQuery,
});
