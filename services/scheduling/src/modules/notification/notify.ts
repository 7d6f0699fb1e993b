import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { sendJob } from '../../jobs/job-queue';
import { peopleByIds } from '../people/people';
import type { NotificationReason } from './notification.entity';

export const MAIL_QUEUE = 'scheduling.mail';

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
  const inserted: unknown[] = await manager.query(
    `INSERT INTO notifications (id, dedupe_key, user_id, case_id, reason, subject_id, due_at, title, body, email)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
    [
      id,
      dedupeKey(notification),
      notification.userId,
      notification.caseId,
      notification.reason,
      notification.subjectId,
      notification.dueAt,
      notification.title,
      notification.body,
      email,
    ],
  );
  if (inserted.length === 0) return false;
  if (email) await sendJob(manager, MAIL_QUEUE, { notificationId: id }, { singletonKey: id, retryLimit: 5, retryBackoff: true });
  return true;
}

export async function notifyAll(manager: EntityManager, userIds: Iterable<string>, base: Omit<NewNotification, 'userId'>): Promise<number> {
  let created = 0;
  for (const userId of new Set(userIds)) if (await notify(manager, { ...base, userId })) created++;
  return created;
}
