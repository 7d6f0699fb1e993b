import { PgBoss } from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logging/logger';
import { setAsideQueueOfPgBoss10 } from './queue-schema';

/** The schema of the Postgres-backed queue every service shares. */
export const QUEUE_SCHEMA = 'pgboss';

export interface QueueOptions {
  /** Install or upgrade the queue's tables: migrations only; services and tools check they are there. */
  migrate?: boolean;
  /** Act as this role from the start of every connection, so that what it creates belongs to that role. */
  role?: string | null;
  /** Keep a LISTEN connection so consumers on notify queues wake the moment an event is queued (services that consume). */
  wakeOnNotify?: boolean;
}

/** The Postgres-backed queue every service shares (its own `pgboss` schema). */
export async function startQueue(url: string, log: Logger, { migrate = false, role = null, wakeOnNotify = false }: QueueOptions = {}): Promise<PgBoss> {
  // With a role to act as, the launcher's superuser has set the old queue aside already.
  if (migrate && !role) {
    const setAside = await setAsideQueueOfPgBoss10(url, QUEUE_SCHEMA);
    if (setAside) log.warn({ setAside }, 'the queue of pg-boss 10 was set aside; its waiting jobs will not run');
  }
  const connection = role ? { options: `-c role=${role.replace(/[\\ ]/g, (c) => `\\${c}`)}` } : {};
  const boss = new PgBoss({ connectionString: url, schema: QUEUE_SCHEMA, max: 4, migrate, useListenNotify: wakeOnNotify, ...connection });
  boss.on('error', (error) => log.error({ err: error }, 'queue error'));
  await boss.start();
  return boss;
}

/**
 * The owner of the queue's schema, when this connection's role may act as it. A queue is
 * a table of the shared queue (pg-boss partitions its jobs by queue): a migration creates
 * its service's queues as that owner, so no service owns a part of what all share.
 */
export async function queueOwnerFor(dataSource: DataSource): Promise<string | null> {
  const [row] = await dataSource.query(
    `SELECT pg_get_userbyid(nspowner) AS owner FROM pg_namespace
      WHERE nspname = $1 AND nspowner <> (SELECT oid FROM pg_roles WHERE rolname = current_user) AND pg_has_role(current_user, nspowner, 'SET')`,
    [QUEUE_SCHEMA],
  );
  return row?.owner ?? null;
}

/**
 * Subscriptions are durable rows; registering them at migration time means no event
 * published between two services' start-ups can miss a consumer.
 */
export async function subscribe(boss: PgBoss, queue: string, eventTypes: readonly string[]): Promise<void> {
  const options = { retryLimit: 10, retryBackoff: true, retryDelay: 2, notify: true };
  await boss.createQueue(queue, options);
  // A queue created by an earlier release keeps its options otherwise.
  await boss.updateQueue(queue, options);
  for (const type of eventTypes) await boss.subscribe(type, queue);
}
