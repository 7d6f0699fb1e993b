import { PgBoss } from 'pg-boss';
import type { Logger } from '../logging/logger';
import { setAsideQueueOfPgBoss10 } from './queue-schema';

const QUEUE_SCHEMA = 'pgboss';

/** The Postgres-backed queue every service shares (its own `pgboss` schema). */
export async function startQueue(url: string, log: Logger): Promise<PgBoss> {
  const setAside = await setAsideQueueOfPgBoss10(url, QUEUE_SCHEMA);
  if (setAside) log.warn({ setAside }, 'the queue of pg-boss 10 was set aside; its waiting jobs will not run');
  const boss = new PgBoss({ connectionString: url, schema: QUEUE_SCHEMA, max: 4 });
  boss.on('error', (error) => log.error({ err: error }, 'queue error'));
  await boss.start();
  return boss;
}

/**
 * Subscriptions are durable rows; registering them at migration time means no event
 * published between two services' start-ups can miss a consumer.
 */
export async function subscribe(boss: PgBoss, queue: string, eventTypes: readonly string[]): Promise<void> {
  await boss.createQueue(queue, { retryLimit: 10, retryBackoff: true, retryDelay: 2 });
  for (const type of eventTypes) await boss.subscribe(type, queue);
}
