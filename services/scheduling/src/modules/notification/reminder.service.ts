import { addDays, instantFromLocal } from '@terugkeer/domain';
import type { CaseTimelineChangedPayload } from '@terugkeer/events';
import type { DataSource, EntityManager } from 'typeorm';
import { schedulingConfig } from '../../config';
import { cancelJobs, sendJob } from '../../jobs/job-queue';
import { caseFacts } from '../case/case-access.service';
import { caseManagersOf } from '../people/people.service';
import { NotificationReason } from './notification.entity';
import { dedupeKey, notify, resolveMilestoneReminders, type NewNotification } from './notification.service';
import { ReminderRepository } from './reminder.repository';

export const REMINDER_QUEUE = 'scheduling.reminder';

const reminders = new ReminderRepository();

export interface PlannedReminder extends NewNotification {
  dueAt: string;
  remindAt: Date;
}

/** The reminders one planner owns: all of a reason for one subject, or for one case. */
export type ReminderScope = { reason: string; subjectId: string } | { reason: string; caseId: string };

/**
 * Makes the planned reminders of a scope exactly `wanted`: obsolete ones are cancelled
 * (row and job), new ones get a job that starts at their time. Reminders whose subject is
 * already due are not planned. Runs in the caller's transaction.
 */
export async function replaceReminders(manager: EntityManager, scope: ReminderScope, wanted: PlannedReminder[], now = new Date()): Promise<void> {
  const future = wanted.filter((r) => new Date(r.dueAt) > now);
  const keys = future.map(dedupeKey);
  const owner = 'subjectId' in scope ? { column: 'subject_id' as const, value: scope.subjectId } : { column: 'case_id' as const, value: scope.caseId };
  await cancelJobs(manager, REMINDER_QUEUE, await reminders.cancelPlannedExcept(manager, { reason: scope.reason, ...owner }, keys));

  for (const reminder of future) {
    const key = dedupeKey(reminder);
    if (!(await reminders.plan(manager, { ...reminder, dedupeKey: key }))) continue;
    const jobId = await sendJob(manager, REMINDER_QUEUE, { key }, { startAfter: reminder.remindAt, retryLimit: 5, retryBackoff: true });
    await reminders.setJob(manager, key, jobId);
  }
}

/**
 * The job: turns a planned reminder into a notification. A cancelled or already sent one
 * is skipped, and the notification's dedupe key makes a second delivery a no-op.
 */
export async function deliverReminder(dataSource: DataSource, key: string): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    const reminder = await reminders.lockPlanned(manager, key);
    if (!reminder) return false;
    await reminders.markSent(manager, key);
    return notify(manager, {
      userId: reminder.userId,
      caseId: reminder.caseId,
      reason: reminder.reason,
      subjectId: reminder.subjectId,
      dueAt: reminder.dueAt.toISOString(),
      title: reminder.title,
      body: reminder.body,
    });
  });
}

const milestoneSubject = (caseId: string, milestoneKey: string, daysBefore: number) => `${caseId}:${milestoneKey}:${daysBefore}d`;

const atReminderTime = (date: string) => instantFromLocal(schedulingConfig().timeZone, `${date}T${schedulingConfig().reminderTime}`);

/**
 * Reminders before every open legal milestone to the manager and the case managers,
 * recomputed from the whole timeline: moved or fulfilled milestones lose their old reminders.
 */
export async function planMilestoneReminders(manager: EntityManager, timeline: CaseTimelineChangedPayload): Promise<void> {
  const facts = await caseFacts(manager, timeline.caseId);
  if (!facts) return;
  const recipients = [...new Set([...(facts.managerUserId ? [facts.managerUserId] : []), ...(await caseManagersOf(manager, facts.organizationId))])];
  const open = timeline.recoveryDate ? [] : timeline.milestones.filter((m) => m.fulfilledOn === null);
  const done = timeline.milestones.filter((m) => !open.includes(m));
  const reminderDays = schedulingConfig().milestoneReminderDays;
  await resolveMilestoneReminders(
    manager,
    done.flatMap((milestone) => reminderDays.map((before) => milestoneSubject(facts.caseId, milestone.key, before))),
  );
  const wanted = open.flatMap((milestone) =>
    reminderDays.flatMap((days) =>
      recipients.map((userId) => ({
        userId,
        caseId: facts.caseId,
        reason: NotificationReason.MILESTONE_REMINDER,
        subjectId: milestoneSubject(facts.caseId, milestone.key, days),
        dueAt: atReminderTime(milestone.dueDate).toISOString(),
        remindAt: atReminderTime(addDays(milestone.dueDate, -days)),
        title: `Poortwachter: ${milestone.kind} uiterlijk ${milestone.dueDate}`,
        body: `Over ${days} ${days === 1 ? 'dag' : 'dagen'} (${milestone.dueDate}) is ${milestone.kind} wettelijk verplicht voor deze casus.`,
      })),
    ),
  );
  await replaceReminders(manager, { reason: NotificationReason.MILESTONE_REMINDER, caseId: facts.caseId }, wanted);
}
