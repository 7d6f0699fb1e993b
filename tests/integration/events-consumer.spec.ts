import { required } from '@terugkeer/domain';
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { consumeEvents, createLogger, createServiceDataSource, startQueue, type EventHandler } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { eventually } from '../support/case-events';

jest.setTimeout(120_000);

type EventEnvelope = Parameters<EventHandler>[0];

interface Harness {
  dataSource: DataSource;
  send: (event: EventEnvelope) => Promise<void>;
  consume: (handler: EventHandler) => Promise<void>;
}

/** The consuming service whose tables the harness copies: they stay as its migrations made them. */
const CONSUMER_SCHEMA = 'reporting';

/**
 * The service kit's consumer against the real queue and database, with a handler of the
 * test's own: a schema of its own with copies of a consuming service's inbox and
 * dead-letter table, and a queue that retries once, after a second.
 */
async function withHarness(work: (harness: Harness) => Promise<void>): Promise<void> {
  const url = required(process.env.DATABASE_URL, 'DATABASE_URL');
  const schema = `events_spec_${randomUUID().slice(0, 8)}`;
  const queue = `${schema}.events`;
  const dataSource = await createServiceDataSource({ url, schema, entities: [], migrations: [] }).initialize();
  await dataSource.query(`CREATE SCHEMA "${schema}"`);
  for (const table of ['inbox', 'dead_letters']) {
    await dataSource.query(`CREATE TABLE "${schema}".${table} (LIKE ${CONSUMER_SCHEMA}.${table} INCLUDING ALL)`);
  }
  // The copied inbox numbers its rows with a sequence of its own, not the service's.
  await dataSource.query(`CREATE SEQUENCE "${schema}".inbox_position_seq OWNED BY "${schema}".inbox.position`);
  await dataSource.query(`ALTER TABLE "${schema}".inbox ALTER COLUMN position SET DEFAULT nextval('"${schema}".inbox_position_seq')`);
  const log = createLogger('events-spec');
  const boss = await startQueue(url, log);
  try {
    await boss.createQueue(queue, { retryLimit: 1, retryDelay: 1 });
    await work({
      dataSource,
      send: async (event) => void (await boss.send(queue, event)),
      consume: (handler) => consumeEvents(boss, queue, dataSource, handler, log),
    });
  } finally {
    await boss.offWork(queue);
    await boss.stop({ graceful: true });
    await dataSource.query(`DROP SCHEMA "${schema}" CASCADE`);
    await dataSource.destroy();
  }
}

const event = (type: string, occurredAt = new Date().toISOString()): EventEnvelope => ({
  id: randomUUID(),
  type,
  aggregateId: randomUUID(),
  organizationId: randomUUID(),
  occurredAt,
  payload: {},
});

describe('the event consumer', () => {
  it('applies a batch in the order its changes happened, whatever order the queue hands it over in', async () => {
    await withHarness(async ({ send, consume }) => {
      const start = Date.now();
      // Twenty changes a millisecond apart, all queued before the consumer starts: one batch.
      const events = Array.from({ length: 20 }, (_, i) => event('spec.ordered', new Date(start + i).toISOString()));
      for (const queued of events) await send(queued);
      const applied: string[] = [];
      await consume(async (received) => void applied.push(received.id));
      await eventually(async () => expect(applied).toHaveLength(20));
      expect(applied).toEqual(events.map((queued) => queued.id));
    });
  });

  it('retries a fault that passes, and makes an event that still fails on its last attempt a dead letter', async () => {
    await withHarness(async ({ dataSource, send, consume }) => {
      const recovers = event('spec.connection-lost-once');
      const never = event('spec.connection-lost-always');
      const attempts = new Map<string, number>();
      await consume(async (received, manager) => {
        const attempt = (attempts.get(received.id) ?? 0) + 1;
        attempts.set(received.id, attempt);
        // A real lost connection: the handler's own backend is terminated under it.
        if (received.id === never.id || attempt === 1) await manager.query(`SELECT pg_terminate_backend(pg_backend_pid())`);
      });

      await send(recovers);
      await eventually(async () => expect(await dataSource.query(`SELECT id FROM inbox`)).toEqual([{ id: recovers.id }]), 60_000);
      expect(attempts.get(recovers.id)).toBe(2);

      await send(never);
      const [letter] = await eventually(async () => {
        const letters = await dataSource.query(`SELECT * FROM dead_letters`);
        expect(letters).toHaveLength(1);
        return letters;
      }, 60_000);
      // Two deliveries: the first and the one retry this queue allows.
      expect(letter).toMatchObject({
        consumer: expect.stringMatching(/^events_spec_/),
        id: never.id,
        type: 'spec.connection-lost-always',
        error_code: '57P01',
        attempts: 2,
      });
      expect(attempts.get(never.id)).toBe(2);
    });
  });
});
