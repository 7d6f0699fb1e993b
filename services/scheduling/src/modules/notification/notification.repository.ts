import type { Queryable } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';
import { Notification, type NotificationReason } from './notification.entity';

export interface NotificationRow {
  id: string;
  dedupeKey: string;
  userId: string;
  caseId: string | null;
  reason: NotificationReason;
  subjectId: string;
  dueAt: string | null;
  title: string;
  body: string;
  email: string | null;
}

export interface ClaimedMail {
  id: string;
  email: string;
  title: string;
  body: string;
}

/** The notifications table: every query of it. */
export class NotificationRepository {
  /** Whether it was new: a notification with the same dedupe key is kept as it is. */
  async insert(db: Queryable, n: NotificationRow): Promise<boolean> {
    const inserted: unknown[] = await db.query(
      `INSERT INTO notifications (id, dedupe_key, user_id, case_id, reason, subject_id, due_at, title, body, email)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [n.id, n.dedupeKey, n.userId, n.caseId, n.reason, n.subjectId, n.dueAt, n.title, n.body, n.email],
    );
    return inserted.length > 0;
  }

  /** The user's notifications, newest first, before the cursor; one more than `size` tells there is a next page. */
  page(manager: EntityManager, userId: string, size: number, unreadOnly: boolean, before: [string, string] | null): Promise<Notification[]> {
    const query = manager
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :user', { user: userId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(size + 1);
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    if (before) query.andWhere('(n.created_at, n.id) < (:createdAt, :id)', { createdAt: before[0], id: before[1] });
    return query.getMany();
  }

  unreadCount(manager: EntityManager, userId: string): Promise<number> {
    return manager
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :user AND n.read_at IS NULL AND n.resolved_at IS NULL', { user: userId })
      .getCount();
  }

  /** Resolves the notifications of a reason about these subjects, except those of the users still asked; how many. */
  async resolve(db: Queryable, reason: NotificationReason, subjectIds: readonly string[], stillAsked: readonly string[] = []): Promise<number> {
    const [, count]: [unknown, number] = await db.query(
      `UPDATE notifications SET resolved_at = now()
        WHERE reason = $1 AND subject_id = ANY($2) AND resolved_at IS NULL AND NOT (user_id = ANY($3::uuid[]))`,
      [reason, subjectIds, stillAsked],
    );
    return count;
  }

  byId(manager: EntityManager, id: string): Promise<Notification> {
    return manager.getRepository(Notification).findOneByOrFail({ id });
  }

  /** Whether the user has such a notification; it is read from now on. */
  async markRead(db: Queryable, id: string | null, userId: string): Promise<boolean> {
    const [rows]: [{ id: string }[]] = await db.query(
      `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id`,
      [id, userId],
    );
    return rows.length > 0;
  }

  /** How many were unread. */
  async markAllRead(db: Queryable, userId: string): Promise<number> {
    const [, count]: [unknown, number] = await db.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [userId]);
    return count;
  }

  /** Claims the notification's mail for sending; null when it has no address or was claimed before. */
  async claimMail(db: Queryable, id: string): Promise<ClaimedMail | null> {
    const [claimed]: ClaimedMail[][] = await db.query(
      `UPDATE notifications SET mail_claimed_at = now()
        WHERE id = $1 AND mail_claimed_at IS NULL AND email IS NOT NULL
        RETURNING id, email, title, body`,
      [id],
    );
    return claimed[0] ?? null;
  }

  async releaseMail(db: Queryable, id: string): Promise<void> {
    await db.query(`UPDATE notifications SET mail_claimed_at = NULL WHERE id = $1`, [id]);
  }

  async markMailed(db: Queryable, id: string): Promise<void> {
    await db.query(`UPDATE notifications SET mailed_at = now() WHERE id = $1`, [id]);
  }
}
