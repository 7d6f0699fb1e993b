import type { DataSource, EntityManager } from 'typeorm';
import { cancelJobs, sendJob } from '../../jobs/job-queue';
import { dedupeKey, notify, type NewNotification } from './notify';

export const REMINDER_QUEUE = 'scheduling.reminder';

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
  const [column, value] = 'subjectId' in scope ? ['subject_id', scope.subjectId] : ['case_id', scope.caseId];
  const cancelled: { job_id: string | null }[] = await manager
    .query(
      `UPDATE reminders SET state = 'CANCELLED'
      WHERE state = 'PLANNED' AND reason = $1 AND ${column} = $2 AND NOT (dedupe_key = ANY($3::text[]))
      RETURNING job_id`,
      [scope.reason, value, keys],
    )
    .then(([rows]) => rows);
  await cancelJobs(
    manager,
    REMINDER_QUEUE,
    cancelled.map((r) => r.job_id).filter((id): id is string => id !== null),
  );

  for (const reminder of future) {
    const key = dedupeKey(reminder);
    const planned: unknown[] = await manager.query(
      `INSERT INTO reminders (dedupe_key, user_id, case_id, reason, subject_id, due_at, remind_at, title, body)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (dedupe_key) DO UPDATE SET state = 'PLANNED', remind_at = EXCLUDED.remind_at
         WHERE reminders.state = 'CANCELLED'
       RETURNING dedupe_key`,
      [key, reminder.userId, reminder.caseId, reminder.reason, reminder.subjectId, reminder.dueAt, reminder.remindAt, reminder.title, reminder.body],
    );
    if (planned.length === 0) continue;
    const jobId = await sendJob(manager, REMINDER_QUEUE, { key }, { startAfter: reminder.remindAt, retryLimit: 5, retryBackoff: true });
    await manager.query(`UPDATE reminders SET job_id = $2 WHERE dedupe_key = $1`, [key, jobId]);
  }
}

/**
 * The job: turns a planned reminder into a notification. A cancelled or already sent one
 * is skipped, and the notification's dedupe key makes a second delivery a no-op.
 */
export async function deliverReminder(dataSource: DataSource, key: string): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    const rows: Record<string, any>[] = await manager.query(`SELECT * FROM reminders WHERE dedupe_key = $1 AND state = 'PLANNED' FOR UPDATE`, [key]);
    const row = rows[0];
    if (!row) return false;
    await manager.query(`UPDATE reminders SET state = 'SENT' WHERE dedupe_key = $1`, [key]);
    return notify(manager, {
      userId: row.user_id,
      caseId: row.case_id,
      reason: row.reason,
      subjectId: row.subject_id,
      dueAt: (row.due_at as Date).toISOString(),
      title: row.title,
      body: row.body,
    });
  });
}
