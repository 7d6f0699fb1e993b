import type { ActionPlanVersionChanged } from '@terugkeer/events';
import { eventHandlers } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';
import { syncActionPlanAppointments } from '../modules/appointment/action-plan-appointments.service';
import { linkSessionReport } from '../modules/appointment/appointment.projection';
import { projectCheckIn, projectConsent } from '../modules/build-up/build-up.projection';
import { adoptActionPlanHours } from '../modules/build-up/build-up.service';
import { caseFacts } from '../modules/case/case-access.service';
import { projectCaseAccess } from '../modules/case/case-access.projection';
import { announceSignedActionPlan, askToValidateSessionReport, warnOfPlanFasterThanAdvice } from '../modules/notification/notification.service';
import { planMilestoneReminders } from '../modules/notification/reminder.service';
import { projectEmployee } from '../modules/people/employer-people.projection';

/**
 * Hours faster than the doctor's advice are told to doctor and coach as soon as they are saved. A
 * signed version fixes the build-up hours and the appointments, and its copy goes to the people involved.
 */
async function actionPlanChanged(event: ActionPlanVersionChanged, manager: EntityManager): Promise<void> {
  const plan = event.payload;
  const facts = await caseFacts(manager, plan.caseId);
  if (!facts) return;
  await warnOfPlanFasterThanAdvice(manager, facts, plan);
  if (!plan.signed) return;
  await adoptActionPlanHours(manager, facts, plan);
  await syncActionPlanAppointments(manager, facts, plan);
  await announceSignedActionPlan(manager, facts, plan);
}

/** The case service's events this service consumes: its replicas (a case's participants, an employer's people) and its reactions. */
export const SCHEDULING_EVENT_HANDLERS = eventHandlers({
  'case.opened': projectCaseAccess,
  'case.participants-changed': projectCaseAccess,
  'case.status-changed': projectCaseAccess,
  'employee.upserted': projectEmployee,
  'case.timeline-changed': (event, manager) => planMilestoneReminders(manager, event.payload),
  'session-report.changed': async (event, manager) => {
    await linkSessionReport(manager, event.payload);
    await askToValidateSessionReport(manager, event.payload);
  },
  'action-plan.version-changed': actionPlanChanged,
  'check-in.recorded': projectCheckIn,
  'consent.changed': projectConsent,
});
