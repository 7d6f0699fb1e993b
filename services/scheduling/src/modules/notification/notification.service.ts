import type { ActionPlanVersionChangedPayload, SessionReportChangedPayload } from '@terugkeer/events';
import { decodeCursor, notFound, pageSize, toConnection, type Queryable } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { sendJob } from '../../jobs/job-queue';
import { caseManagersOf, peopleByIds } from '../people/people.service';
import type { SendMail } from './mailer';
import { NotificationReason, type Notification } from './notification.entity';
import { NotificationRepository } from './notification.repository';
import type { ReplicatedCase } from '../case/case-access.repository';

export const MAIL_QUEUE = 'scheduling.mail';

const notifications = new NotificationRepository();

export interface NewNotification {
  userId: string;
  caseId: string | null;
  reason: NotificationReason;
  subjectId: string;
  dueAt: string | null;
  title: string;
  body: string;
}

/** One reason about one subject, due at one time, reaches a user once. */
export function dedupeKey(n: Pick<NewNotification, 'userId' | 'reason' | 'subjectId' | 'dueAt'>): string {
  return [n.userId, n.reason, n.subjectId, n.dueAt ?? '-'].join('|');
}

/**
 * Inserts the notification unless one with the same dedupe key exists, and in the same
 * transaction queues its e-mail. Returns whether it was new.
 */
export async function notify(manager: EntityManager, notification: NewNotification): Promise<boolean> {
  const email = (await peopleByIds(manager, [notification.userId])).get(notification.userId)?.email ?? null;
  const id = randomUUID();
  if (!(await notifications.insert(manager, { ...notification, id, dedupeKey: dedupeKey(notification), email }))) return false;
  if (email) await sendJob(manager, MAIL_QUEUE, { notificationId: id }, { singletonKey: id, retryLimit: 5, retryBackoff: true });
  return true;
}

export async function notifyAll(manager: EntityManager, userIds: Iterable<string>, base: Omit<NewNotification, 'userId'>): Promise<number> {
  let created = 0;
  for (const userId of new Set(userIds)) if (await notify(manager, { ...base, userId })) created++;
  return created;
}

/**
 * Asks every participant who still has to validate the session report; the request of
 * everyone who did (or of all, once the round ended) is resolved.
 */
export async function askToValidateSessionReport(manager: EntityManager, report: SessionReportChangedPayload): Promise<void> {
  const stillAsked = report.state === 'AWAITING_VALIDATION' ? report.awaitingValidationFrom : [];
  await notifications.resolve(manager, NotificationReason.SESSION_REPORT_AWAITS_VALIDATION, [report.reportId], stillAsked);
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

/** The signed plan's copy goes to the employee, the case managers and the doctors. */
export async function announceSignedActionPlan(manager: EntityManager, facts: ReplicatedCase, plan: ActionPlanVersionChangedPayload): Promise<void> {
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

/**
 * A plan of action saved with hours faster than the company doctor advised: the doctor and the
 * coach are told once per plan version. Weeks and hours only, as the plan itself shows them.
 */
export async function warnOfPlanFasterThanAdvice(manager: EntityManager, facts: ReplicatedCase, plan: ActionPlanVersionChangedPayload): Promise<void> {
  const weeks = plan.fasterThanAdvice ?? [];
  if (weeks.length === 0) return;
  const first = weeks[0];
  const what =
    first.reason === 'CEILING'
      ? `${first.hours} uur, boven het geadviseerde maximum van ${first.limit} uur`
      : `${first.hours} uur erbij, meer dan de geadviseerde ${first.limit} uur per week`;
  await notifyAll(manager, [...facts.doctorUserIds, ...facts.coachUserIds], {
    caseId: plan.caseId,
    reason: NotificationReason.BUILD_UP_FASTER_THAN_ADVICE,
    subjectId: `${plan.planId}:${plan.version}`,
    dueAt: null,
    title: `Plan van aanpak versie ${plan.version} bouwt sneller op dan het advies`,
    body: `De uren in het plan gaan sneller dan de geadviseerde opbouw, voor het eerst in de week van ${first.weekStart}: ${what}. Bespreek de opbouw met werknemer en leidinggevende.`,
  });
}

/** The reminders of legal steps that were taken: they wait no longer. */
export function resolveMilestoneReminders(manager: EntityManager, subjectIds: readonly string[]): Promise<number> {
  return notifications.resolve(manager, NotificationReason.MILESTONE_REMINDER, subjectIds);
}

/** The user's notifications, newest first, a page at a time. */
export async function notificationsOf(dataSource: DataSource, userId: string, first: number | undefined, after: string | undefined, unreadOnly: boolean) {
  const size = pageSize(first);
  const cursor = decodeCursor(after, 'after', 2);
  const rows = await notifications.page(dataSource.manager, userId, size, unreadOnly, cursor && [cursor[0], cursor[1]]);
  return toConnection(rows.slice(0, size), rows.length > size, (n) => [n.createdAt, n.id]);
}

export function unreadCount(dataSource: DataSource, userId: string): Promise<number> {
  return notifications.unreadCount(dataSource.manager, userId);
}

/** Marks one of the user's notifications read; someone else's is not found. */
export async function markRead(dataSource: DataSource, id: string, userId: string): Promise<Notification> {
  if (!(await notifications.markRead(dataSource, /^[0-9a-f-]{36}$/i.test(id) ? id : null, userId))) throw notFound('Notification', id);
  return notifications.byId(dataSource.manager, id);
}

/** Marks every unread notification of the user read; how many. */
export function markAllRead(dataSource: DataSource, userId: string): Promise<number> {
  return notifications.markAllRead(dataSource, userId);
}

/**
 * The mail job. The claim is taken before sending, so a mail goes out at most once even
 * if the job runs again; a failed send gives the claim back for the retry.
 */
export async function deliverMail(db: Queryable, send: SendMail, notificationId: string): Promise<boolean> {
  const mail = await notifications.claimMail(db, notificationId);
  if (!mail) return false;
  try {
    await send({ id: mail.id, to: mail.email, subject: mail.title, text: mail.body });
  } catch (error) {
    await notifications.releaseMail(db, notificationId);
    throw error;
  }
  await notifications.markMailed(db, notificationId);
  return true;
}
