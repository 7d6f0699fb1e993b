import type { Pool } from 'pg';
import { Gauge } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logging/logger';
import { QUEUE_SCHEMA } from '../events/queue';
import { metricsRegistry } from './registry';

export interface DatabaseMetricsOptions {
  /** Whether the service publishes events: then its outbox backlog is measured. */
  outbox: boolean;
  /** Event consumers' queues and the service's own job queues (reminders, mail): their depth and lag. */
  queues: readonly string[];
  /** Whether the service consumes events: then its dead letters are counted. */
  deadLetters: boolean;
}

interface QueueRow {
  name: string;
  depth: number;
  lag: number;
}

/**
 * The gauges read from the service's database at each scrape: connection pool use, outbox
 * backlog, queue depth and lag, dead letters. A failed reading is logged and leaves the
 * previous values, so a scrape still answers while the database is away.
 */
export function observeDatabase(dataSource: DataSource, options: DatabaseMetricsOptions, log: Logger): void {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const registers = [metricsRegistry];

  new Gauge({
    name: 'terugkeer_db_pool_connections',
    help: 'The service’s database connections by state: in use, idle, and requests waiting for one.',
    labelNames: ['state'] as const,
    registers,
    collect() {
      this.set({ state: 'used' }, pool.totalCount - pool.idleCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'waiting' }, pool.waitingCount);
    },
  });
  new Gauge({
    name: 'terugkeer_db_pool_max_connections',
    help: 'The most connections the service’s pool opens.',
    registers,
    collect() {
      this.set(pool.options.max ?? 10);
    },
  });

  /**
   * A query whose answer sets two gauges: both gauges' collects, which the registry runs
   * together, share the one reading in flight. A failed reading is logged and yields null.
   */
  const sharedReading = <Row>(what: string, read: () => Promise<Row>) => {
    let current: Promise<Row | null> | null = null;
    return (): Promise<Row | null> =>
      (current ??= read()
        .catch((error: unknown) => {
          log.warn({ err: error }, `the ${what} metrics could not be read`);
          return null;
        })
        .finally(() => setImmediate(() => (current = null))));
  };

  if (options.outbox) {
    const readOutbox = sharedReading('outbox', async () => {
      const [row]: { backlog: number; oldest: number }[] = await dataSource.query(
        `SELECT count(*)::int AS backlog, coalesce(extract(epoch FROM now() - min(occurred_at)), 0)::float8 AS oldest FROM outbox WHERE dispatched_at IS NULL`,
      );
      return row;
    });
    new Gauge({
      name: 'terugkeer_outbox_backlog',
      help: 'Events in the outbox not yet handed to the queue.',
      registers,
      async collect() {
        const row = await readOutbox();
        if (row) this.set(row.backlog);
      },
    });
    new Gauge({
      name: 'terugkeer_outbox_oldest_seconds',
      help: 'Age of the oldest event in the outbox not yet handed to the queue; 0 when there is none.',
      registers,
      async collect() {
        const row = await readOutbox();
        if (row) this.set(row.oldest);
      },
    });
  }

  if (options.queues.length) {
    const readQueues = sharedReading('queue', async () => {
      const rows: QueueRow[] = await dataSource.query(
        `SELECT name, count(*)::int AS depth,
                coalesce(extract(epoch FROM now() - min(start_after) FILTER (WHERE start_after <= now())), 0)::float8 AS lag
           FROM ${QUEUE_SCHEMA}.job WHERE name = ANY($1) AND state IN ('created', 'retry') GROUP BY name`,
        [options.queues],
      );
      return options.queues.map((queue) => rows.find(({ name }) => name === queue) ?? { name: queue, depth: 0, lag: 0 });
    });
    new Gauge({
      name: 'terugkeer_queue_depth',
      help: 'Jobs waiting in a queue (planned for later ones included): event deliveries to a consumer, reminders, mail.',
      labelNames: ['queue'] as const,
      registers,
      async collect() {
        for (const { name, depth } of (await readQueues()) ?? []) this.set({ queue: name }, depth);
      },
    });
    new Gauge({
      name: 'terugkeer_queue_lag_seconds',
      help: 'How long the oldest job that is due has waited in its queue: for an event consumer, its lag behind the publisher.',
      labelNames: ['queue'] as const,
      registers,
      async collect() {
        for (const { name, lag } of (await readQueues()) ?? []) this.set({ queue: name }, lag);
      },
    });
  }

  if (options.deadLetters) {
    const readDeadLetters = sharedReading('dead-letter', (): Promise<{ consumer: string; count: number }[]> =>
      dataSource.query(`SELECT consumer, count(*)::int AS count FROM dead_letters GROUP BY consumer`),
    );
    new Gauge({
      name: 'terugkeer_dead_letters',
      help: 'Events a consumer set aside after they kept failing, waiting for an operator (`events dead-letters`).',
      labelNames: ['consumer'] as const,
      registers,
      async collect() {
        const rows = await readDeadLetters();
        if (!rows) return;
        this.reset();
        for (const { consumer, count } of rows) this.set({ consumer }, count);
      },
    });
  }
}
