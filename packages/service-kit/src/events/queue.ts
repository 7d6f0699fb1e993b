import PgBoss from 'pg-boss';
import type { Logger } from '../logging/logger';

/** The Postgres-backed queue every service shares (its own `pgboss` schema). */
export async function startQueue(url: string, log: Logger): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 4 });
  boss.on('error', (error) => log.error({ err: error }, 'queue error'));
  await boss.start();
  return boss;
}

/**
 * Subscriptions are durable rows; registering them at migration time means no event
 * published between two services' start-ups can miss a consumer.
 */
export async function subscribe(boss: PgBoss, queue: string, eventTypes: readonly string[]): Promise<void> {
  await boss.createQueue(queue, { name: queue, retryLimit: 10, retryBackoff: true, retryDelay: 2 });
  for (const type of eventTypes) await boss.subscribe(type, queue);
}
