import type { EventEnvelope } from '@terugkeer/events';
import type { JobInsert, PgBoss } from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../logging/logger';
import { listenForOutbox, type OutboxListenerStatus } from './outbox-listener';
import { QUEUE_SCHEMA } from './queue';

interface OutboxRow {
  position: string;
  id: string;
  type: string;
  aggregate_id: string;
  organization_id: string;
  occurred_at: string;
  payload: unknown;
}

export interface OutboxRelay {
  /** Delivers everything pending now; resolves with the number of events sent. */
  flush(): Promise<number>;
  /** The notification listener's state, for the health endpoint. */
  status(): OutboxListenerStatus;
  stop(): Promise<void>;
}

/**
 * Puts a batch of outbox rows on the queue of every consumer subscribed to their types:
 * one insert per queue instead of a publish per event (which looked the subscribers up and
 * wrote each job on its own, about 70 events a second). The queue fetches by creation time,
 * which one insert gives all its jobs alike; each job's start (already due) keeps the
 * outbox order among them, so a consumer still receives an aggregate's events in order.
 */
async function queueForSubscribers(manager: EntityManager, boss: PgBoss, rows: OutboxRow[]): Promise<void> {
  const subscriptions: { event: string; name: string }[] = await manager.query(`SELECT event, name FROM ${QUEUE_SCHEMA}.subscription WHERE event = ANY($1)`, [
    [...new Set(rows.map((row) => row.type))],
  ]);
  const jobsByQueue = new Map<string, JobInsert<EventEnvelope>[]>();
  const dueSince = Date.now() - 60_000 - rows.length;
  rows.forEach((row, index) => {
    const envelope: EventEnvelope = {
      id: row.id,
      type: row.type,
      aggregateId: row.aggregate_id,
      organizationId: row.organization_id,
      occurredAt: row.occurred_at,
      payload: row.payload,
    };
    for (const { name } of subscriptions.filter((subscription) => subscription.event === row.type)) {
      const jobs = jobsByQueue.get(name) ?? [];
      jobs.push({ data: envelope, singletonKey: row.id, startAfter: new Date(dueSince + index) });
      jobsByQueue.set(name, jobs);
    }
  });
  for (const [queue, jobs] of jobsByQueue) await boss.insert(queue, jobs);
}

/**
 * Moves committed outbox rows to the queue, in order, at least once. Woken by
 * NOTIFY from `recordEvent` (on a connection that is re-established when lost), and by
 * a slow poll in case a notification is missed.
 */
export async function startOutboxRelay(dataSource: DataSource, boss: PgBoss, url: string, log: Logger, pollMs = 2_000): Promise<OutboxRelay> {
  let running: Promise<number> | null = null;
  let again = false;

  const deliverBatch = async (): Promise<number> => {
    return dataSource.transaction(async (manager) => {
      // occurredAt to the microsecond, as clock_timestamp() recorded it: consumers order a batch by it.
      const rows: OutboxRow[] = await manager.query(
        `SELECT position, id, type, aggregate_id, organization_id, payload,
                to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at
           FROM outbox WHERE dispatched_at IS NULL ORDER BY position LIMIT 500 FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length) await queueForSubscribers(manager, boss, rows);
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

  const wake = () => void flush().catch((error: unknown) => log.error({ err: error }, 'outbox delivery failed'));
  const schema = (dataSource.options as { schema?: string }).schema ?? 'public';
  const listener = await listenForOutbox({ url, applicationName: `terugkeer-${schema}-outbox-listener`, onWake: wake, log });
  const timer = setInterval(wake, pollMs);
  await flush();

  return {
    flush,
    status: listener.status,
    stop: async () => {
      clearInterval(timer);
      await running;
      await listener.stop();
    },
  };
}
