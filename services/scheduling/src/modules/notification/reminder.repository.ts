import type { Queryable } from '@terugkeer/service-kit';
import type { NotificationReason } from './notification.entity';

export interface ReminderRow {
  dedupeKey: string;
  userId: string;
  caseId: string | null;
  reason: NotificationReason;
  subjectId: string;
  dueAt: Date;
  title: string;
  body: string;
}

/** The reminders table: notifications planned for later, each with its job. */
export class ReminderRepository {
  /** Cancels the scope's planned reminders other than `keep`; the jobs that were to send them. */
  async cancelPlannedExcept(db: Queryable, scope: { reason: string; column: 'subject_id' | 'case_id'; value: string }, keep: string[]): Promise<string[]> {
    const [cancelled]: [{ job_id: string | null }[]] = await db.query(
      `UPDATE reminders SET state = 'CANCELLED'
      WHERE state = 'PLANNED' AND reason = $1 AND ${scope.column} = $2 AND NOT (dedupe_key = ANY($3::text[]))
      RETURNING job_id`,
      [scope.reason, scope.value, keep],
    );
    return cancelled.map((r) => r.job_id).filter((id): id is string => id !== null);
  }

  /** Whether it is newly planned: new, or planned again after a cancellation. */
  async plan(db: Queryable, reminder: Omit<ReminderRow, 'dueAt'> & { dueAt: string; remindAt: Date }): Promise<boolean> {
    const planned: unknown[] = await db.query(
      `INSERT INTO reminders (dedupe_key, user_id, case_id, reason, subject_id, due_at, remind_at, title, body)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (dedupe_key) DO UPDATE SET state = 'PLANNED', remind_at = EXCLUDED.remind_at
         WHERE reminders.state = 'CANCELLED'
       RETURNING dedupe_key`,
      [
        reminder.dedupeKey,
        reminder.userId,
        reminder.caseId,
        reminder.reason,
        reminder.subjectId,
        reminder.dueAt,
        reminder.remindAt,
        reminder.title,
        reminder.body,
      ],
    );
    return planned.length > 0;
  }

  async setJob(db: Queryable, dedupeKey: string, jobId: string | null): Promise<void> {
    await db.query(`UPDATE reminders SET job_id = $2 WHERE dedupe_key = $1`, [dedupeKey, jobId]);
  }

  /** The planned reminder, locked for the rest of the transaction; null when cancelled or sent. */
  async lockPlanned(db: Queryable, dedupeKey: string): Promise<ReminderRow | null> {
    const rows: {
      dedupe_key: string;
      user_id: string;
      case_id: string | null;
      reason: NotificationReason;
      subject_id: string;
      due_at: Date;
      title: string;
      body: string;
    }[] = await db.query(`SELECT * FROM reminders WHERE dedupe_key = $1 AND state = 'PLANNED' FOR UPDATE`, [dedupeKey]);
    const row = rows[0];
    return row
      ? {
          dedupeKey: row.dedupe_key,
          userId: row.user_id,
          caseId: row.case_id,
          reason: row.reason,
          subjectId: row.subject_id,
          dueAt: row.due_at,
          title: row.title,
          body: row.body,
        }
      : null;
  }

  async markSent(db: Queryable, dedupeKey: string): Promise<void> {
    await db.query(`UPDATE reminders SET state = 'SENT' WHERE dedupe_key = $1`, [dedupeKey]);
  }
}
