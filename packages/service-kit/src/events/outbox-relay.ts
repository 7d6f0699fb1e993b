import type { EventEnvelope } from '@terugkeer/events';
import pg from 'pg';
import type PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';

interface OutboxRow {
  position: string;
  id: string;
  type: string;
  aggregate_id: string;
  organization_id: string;
  occurred_at: Date;
  payload: unknown;
}

export interface OutboxRelay {
  /** Delivers everything pending now; resolves with the number of events sent. */
  flush(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Moves committed outbox rows to the queue, in order, at least once. Woken by
 * NOTIFY from `recordEvent`, and by a slow poll in case a notification is missed.
 */
export async function startOutboxRelay(dataSource: DataSource, boss: PgBoss, url: string, pollMs = 2_000): Promise<OutboxRelay> {
  let running: Promise<number> | null = null;
  let again = false;

  const deliverBatch = async (): Promise<number> => {
    return dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT * FROM outbox WHERE dispatched_at IS NULL ORDER BY position LIMIT 100 FOR UPDATE SKIP LOCKED`,
      );
      for (const row of rows) {
        const envelope: EventEnvelope = {
          id: row.id,
          type: row.type,
          aggregateId: row.aggregate_id,
          organizationId: row.organization_id,
          occurredAt: row.occurred_at.toISOString(),
          payload: row.payload,
        };
        await boss.publish(row.type, envelope as unknown as object, { singletonKey: row.id });
      }
      if (rows.length) {
        await manager.query(`UPDATE outbox SET dispatched_at = now() WHERE position = ANY($1)`, [rows.map((r) => r.position)]);
      }
      return rows.length;
    });
  };

  const flush = async (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        let sent: number;
        do {
          sent = await deliverBatch();
          total += sent;
        } while (sent > 0);
      } while (again);
      return total;
    })().finally(() => (running = null));
    return running;
  };

  const listener = new pg.Client({ connectionString: url });
  let stopped = false;
  // On shutdown the database may go first (Ctrl-C reaches every process); that is no crash.
  listener.on('error', (error) => {
    if (!stopped) console.error('[outbox] notification listener:', error.message);
  });
  await listener.connect();
  listener.on('notification', () => void flush().catch((error) => console.error('[outbox]', error)));
  await listener.query('LISTEN terugkeer_outbox');
  const timer = setInterval(() => void flush().catch((error) => console.error('[outbox]', error)), pollMs);
  await flush();

  return {
    flush,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
      await listener.end();
    },
  };
}
