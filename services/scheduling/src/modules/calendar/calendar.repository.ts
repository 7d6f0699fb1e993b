import type { Queryable } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';

/** The calendar_feeds table: one secret feed address per user at a time, stored as a hash. */
export class CalendarFeedRepository {
  /** How many live feeds of the user were revoked. */
  async revokeAll(db: Queryable, userId: string): Promise<number> {
    const [, count]: [unknown, number] = await db.query(`UPDATE calendar_feeds SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
    return count;
  }

  /** When the new feed was created. */
  async insert(db: Queryable, userId: string, tokenHash: string): Promise<Date> {
    const [row]: { created_at: Date }[] = await db.query(`INSERT INTO calendar_feeds (id, user_id, token_hash) VALUES ($1, $2, $3) RETURNING created_at`, [
      randomUUID(),
      userId,
      tokenHash,
    ]);
    return row.created_at;
  }

  async ownerOf(db: Queryable, tokenHash: string): Promise<string | null> {
    const rows: { user_id: string }[] = await db.query(`SELECT user_id FROM calendar_feeds WHERE token_hash = $1 AND revoked_at IS NULL`, [tokenHash]);
    return rows[0]?.user_id ?? null;
  }
}
