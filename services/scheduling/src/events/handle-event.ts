import { addDays, instantFromLocal } from '@terugkeer/domain';
import {
  CASE_EVENT_TYPES,
  type ActionPlanVersionChanged,
  type CaseTimelineChanged,
  type CheckInRecorded,
  type ConsentChanged,
  type EventEnvelope,
  type SessionReportChanged,
} from '@terugkeer/events';
import type { EntityManager } from 'typeorm';
import { schedulingConfig } from '../config';
import { syncActionPlanAppointments } from '../modules/appointment/action-plan-appointments';
import { savePlanVersion } from '../modules/build-up/build-up.service';
import { caseFacts } from '../modules/case/case-access';
import { NotificationReason } from '../modules/notification/notification.entity';
import { notifyAll } from '../modules/notification/notify';
import { replaceReminders } from '../modules/notification/reminders';
import { caseManagersOf } from '../modules/people/people';

/** Case service events this service consumes: its replicas (a case's participants, an employer's people) and its reactions. */
export const CONSUMED_EVENT_TYPES = [
  ...CASE_EVENT_TYPES,
  'employee.upserted',
  'case.timeline-changed',
  'session-report.changed',
  'action-plan.version-changed',
  'check-in.recorded',
  'consent.changed',
] as const;

export async function handleEvent(event: EventEnvelope, manager: EntityManager): Promise<void> {
  switch (event.type) {
    case 'case.timeline-changed':
      return planMilestoneReminders(event as CaseTimelineChanged, manager);
    case 'session-report.changed':
      return sessionReportChanged(event as SessionReportChanged, manager);
    case 'action-plan.version-changed':
      return actionPlanChanged(event as ActionPlanVersionChanged, manager);
    case 'check-in.recorded':
      return checkInRecorded(event as CheckInRecorded, manager);
    case 'consent.changed':
      return consentChanged(event as ConsentChanged, manager);
  }
}

const atReminderTime = (date: string) => instantFromLocal(schedulingConfig().timeZone, `${date}T${schedulingConfig().reminderTime}`);

/**
 * Reminders before every open legal milestone to the manager and the case managers,
 * recomputed from the whole timeline: moved or fulfilled milestones lose their old reminders.
 */
async function planMilestoneReminders(event: CaseTimelineChanged, manager: EntityManager): Promise<void> {
  const facts = await caseFacts(manager, event.payload.caseId);
  if (!facts) return;
  const recipients = [...new Set([...(facts.managerUserId ? [facts.managerUserId] : []), ...(await caseManagersOf(manager, facts.organizationId))])];
  const open = event.payload.recoveryDate ? [] : event.payload.milestones.filter((m) => m.fulfilledOn === null);
  const wanted = open.flatMap((milestone) =>
    schedulingConfig().milestoneReminderDays.flatMap((days) =>
      recipients.map((userId) => ({
        userId,
        caseId: facts.caseId,
        reason: NotificationReason.MILESTONE_REMINDER,
        subjectId: `${facts.caseId}:${milestone.key}:${days}d`,
        dueAt: atReminderTime(milestone.dueDate).toISOString(),
        remindAt: atReminderTime(addDays(milestone.dueDate, -days)),
        title: `Poortwachter: ${milestone.kind} uiterlijk ${milestone.dueDate}`,
        body: `Over ${days} ${days === 1 ? 'dag' : 'dagen'} (${milestone.dueDate}) is ${milestone.kind} wettelijk verplicht voor deze casus.`,
      })),
    ),
  );
  await replaceReminders(manager, { reason: NotificationReason.MILESTONE_REMINDER, caseId: facts.caseId }, wanted);
}

/** Links the report to its appointment, and asks every participant who still has to validate it. */
async function sessionReportChanged(event: SessionReportChanged, manager: EntityManager): Promise<void> {
  const report = event.payload;
  if (report.appointmentId) {
    await manager.query(`UPDATE appointments SET session_report_id = $2 WHERE id = $1 AND case_id = $3`, [report.appointmentId, report.reportId, report.caseId]);
  }
  if (report.state !== 'AWAITING_VALIDATION') return;
  await notifyAll(manager, report.awaitingValidationFrom, {
    caseId: report.caseId,
    reason: NotificationReason.SESSION_REPORT_AWAITS_VALIDATION,
    subjectId: report.reportId,
    // One request per validation round: a replay of the same round is the same notification.
    dueAt: new Date(report.changedAt).toISOString(),
    title: 'Gespreksverslag wacht op je akkoord',
    body: 'Er staat een verslag van een gesprek klaar. Lees het en geef je akkoord of vraag om een aanpassing.',
  });
}

/** A signed version fixes the build-up hours and the appointments, and its copy goes to the people involved. */
async function actionPlanChanged(event: ActionPlanVersionChanged, manager: EntityManager): Promise<void> {
  const plan = event.payload;
  if (!plan.signed) return;
  const facts = await caseFacts(manager, plan.caseId);
  if (!facts) return;
  const known: unknown[] = await manager.query(
    `SELECT 1 FROM build_up_versions WHERE case_id = $1 AND source = 'ACTION_PLAN' AND action_plan_version = $2`,
    [plan.caseId, plan.version],
  );
  if (known.length === 0 && plan.hourAgreements.length > 0) {
    await savePlanVersion(manager, facts, plan.hourAgreements, 'ACTION_PLAN', { actionPlanVersion: plan.version, actorId: plan.savedByUserId });
  }
  await syncActionPlanAppointments(manager, facts, plan);
  const recipients = [
    ...(facts.employeeUserId ? [facts.employeeUserId] : []),
    ...(await caseManagersOf(manager, facts.organizationId)),
    ...facts.doctorUserIds,
  ];
  await notifyAll(manager, recipients, {
    caseId: plan.caseId,
    reason: NotificationReason.ACTION_PLAN_SIGNED,
    subjectId: `${plan.planId}:${plan.version}`,
    dueAt: null,
    title: `Plan van aanpak versie ${plan.version} is ondertekend`,
    body: 'Werknemer en leidinggevende hebben het plan van aanpak ondertekend. Je vindt een kopie in het dossier.',
  });
}

async function checkInRecorded(event: CheckInRecorded, manager: EntityManager): Promise<void> {
  const checkIn = event.payload;
  if (!checkIn.dip) return;
  await manager.query(
    `INSERT INTO check_in_dips (check_in_id, case_id, date, demands, resources) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
    [checkIn.checkInId, checkIn.caseId, checkIn.date, checkIn.demands, checkIn.resources],
  );
}

async function consentChanged(event: ConsentChanged, manager: EntityManager): Promise<void> {
  const consent = event.payload;
  await manager.query(
    `INSERT INTO check_in_consents (case_id, grantee_role, scope, granted) VALUES ($1, $2, $3, $4)
     ON CONFLICT (case_id, grantee_role, scope) DO UPDATE SET granted = EXCLUDED.granted`,
    [consent.caseId, consent.granteeRole, consent.scope, consent.granted],
  );
}
