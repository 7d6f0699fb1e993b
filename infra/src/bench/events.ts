import pg from 'pg';
import { seedBulkOrganization } from './bulk-cases.js';
import { startBenchPlatform, type BenchContext, type Benchmark } from './bench-context.js';

/** How many events one burst holds (BENCH_EVENTS overrides): as many cases opened at once, as an import does. */
const EVENTS = Number(process.env.BENCH_EVENTS ?? 5_000);
const TIMEOUT_MS = 10 * 60_000;

interface ConsumerProgress {
  queue: string;
  schema: string;
  /** Milliseconds after the burst committed when the first and the last of its events were applied. */
  firstMs: number | null;
  doneMs: number | null;
}

/**
 * Delivery at scale: a burst of `case.opened` events committed in one transaction (as the
 * import does) goes through the case service's outbox relay and the queue to every
 * consumer subscribed to it. Reports when the relay had queued them all and when each
 * consumer had applied them all (its inbox holds them, in the same transaction as its read
 * model), and each consumer's events per second.
 */
export const eventsBenchmark: Benchmark = {
  name: 'events',
  async run(context: BenchContext) {
    const platform = await startBenchPlatform(context, 'events');
    const client = new pg.Client({ connectionString: platform.env.DATABASE_URL });
    await client.connect();
    try {
      const { rows: subscriptions } = await client.query<{ name: string }>(`SELECT name FROM pgboss.subscription WHERE event = 'case.opened' ORDER BY name`);
      const consumers: ConsumerProgress[] = subscriptions.map(({ name }) => ({ queue: name, schema: name.split('.')[0], firstMs: null, doneMs: null }));
      context.log(`${EVENTS} case.opened events for ${consumers.map((c) => c.queue).join(', ')}`);

      const { caseIds } = await seedBulkOrganization(platform.env.DATABASE_URL, EVENTS);
      const committedAt = Date.now();
      let relayedMs: number | null = null;
      const elapsed = () => Date.now() - committedAt;
      while (consumers.some((consumer) => consumer.doneMs === null) || relayedMs === null) {
        if (elapsed() > TIMEOUT_MS) throw new Error(`The events were not delivered within ${TIMEOUT_MS / 60_000} minutes.`);
        if (relayedMs === null) {
          const { rows } = await client.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM "case".outbox WHERE aggregate_id = ANY($1) AND dispatched_at IS NOT NULL`,
            [caseIds],
          );
          if (rows[0].n === EVENTS) relayedMs = elapsed();
        }
        for (const consumer of consumers.filter((candidate) => candidate.doneMs === null)) {
          const { rows } = await client.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM "${consumer.schema}".inbox WHERE type = 'case.opened' AND aggregate_id = ANY($1)`,
            [caseIds],
          );
          if (rows[0].n > 0 && consumer.firstMs === null) consumer.firstMs = elapsed();
          if (rows[0].n === EVENTS) consumer.doneMs = elapsed();
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }

      const rows = consumers.map((consumer) => ({
        consumer: consumer.queue,
        firstAppliedMs: consumer.firstMs,
        allAppliedMs: consumer.doneMs,
        eventsPerSecond: EVENTS / (((consumer.doneMs ?? 0) - (consumer.firstMs ?? 0)) / 1000 || 1),
        endToEndEventsPerSecond: EVENTS / ((consumer.doneMs ?? 1) / 1000),
      }));
      const markdown = [
        `${EVENTS} \`case.opened\` events committed in one transaction; the outbox relay had queued them all after ${((relayedMs ?? 0) / 1000).toFixed(1)} s.`,
        '',
        '| consumer | first applied s | all applied (lag) s | events/s while applying | events/s end to end |',
        '|---|---:|---:|---:|---:|',
        ...rows.map(
          (row) =>
            `| ${row.consumer} | ${((row.firstAppliedMs ?? 0) / 1000).toFixed(1)} | ${((row.allAppliedMs ?? 0) / 1000).toFixed(1)} | ${row.eventsPerSecond.toFixed(0)} | ${row.endToEndEventsPerSecond.toFixed(0)} |`,
        ),
      ].join('\n');
      context.writeResults('events', { events: EVENTS, relayedMs, consumers: rows }, markdown);
      console.log(`\n${markdown}`);
    } finally {
      await client.end();
      await platform.stop();
    }
  },
};

export default eventsBenchmark;
