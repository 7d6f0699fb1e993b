import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { consumeEvents, createMessagingTables, createServiceDataSource, migrate, startQueue } from '@terugkeer/service-kit';
import { DeadLetters1733000000001 } from '../../services/reporting/src/migrations/1733000000001-dead-letters';
import { eventually, publishCaseEvent } from '../support/case-events';
import { withDatabase } from '../support/database';
import { appliedBy, deadLettersOf } from '../support/event-log';
import { runTerugkeer } from '../support/terugkeer-command';

jest.setTimeout(120_000);

const checkIn = (organizationId: string, caseId: string, checkInId: string, energy: number) => ({
  type: 'check-in.recorded',
  aggregateId: caseId,
  organizationId,
  payload: { caseId, checkInId, employeeId: randomUUID(), date: '2020-03-02', energy, mood: 5, sleep: 5, demands: 5, resources: 5, dip: false },
});

describe('an event a consumer cannot apply', () => {
  const organizationId = randomUUID();
  const caseId = randomUUID();

  it('lands in that consumer’s dead letters with a reason, is listed by the command, and is applied by a replay once the cause is fixed', async () => {
    // The cause: the read model refuses what the event says (here a constraint that has no
    // business there, as a consumer bug would). Only this test's events have energy 0.
    const constraint = `check_in_scores_energy_positive_${randomUUID().slice(0, 8)}`;
    await withDatabase('reporting', (db) => db.query(`ALTER TABLE check_in_scores ADD CONSTRAINT ${constraint} CHECK (energy > 0) NOT VALID`));
    let id: string;
    try {
      id = await publishCaseEvent(checkIn(organizationId, caseId, randomUUID(), 0));

      const [letter] = await eventually(async () => {
        const letters = await deadLettersOf('reporting', [id]);
        expect(letters).toHaveLength(1);
        return letters;
      }, 30_000);
      // Bad data fails the same way every time: it is not retried for an hour first.
      expect(letter).toMatchObject({
        consumer: 'reporting.case-events',
        type: 'check-in.recorded',
        error_class: 'QueryFailedError',
        error_code: '23514',
        error_message: `new row for relation "check_in_scores" violates check constraint "${constraint}"`,
        attempts: 1,
      });
      expect(await appliedBy('reporting', [id])).toEqual([]);
      // Scheduling, the other consumer of check-ins, took it in: a dead letter belongs to one consumer.
      await eventually(async () => expect(await appliedBy('scheduling', [id])).toEqual([id]));

      const listed = runTerugkeer(['events', 'dead-letters', '--service', 'reporting']);
      expect(listed.status).toBe(0);
      expect(listed.summary.deadLetters).toContainEqual(
        expect.objectContaining({ service: 'reporting', id, type: 'check-in.recorded', errorCode: '23514', attempts: 1 }),
      );

      const tooEarly = runTerugkeer(['events', 'replay', '--service', 'reporting', '--id', id]);
      expect(tooEarly.status).toBe(1);
      expect(tooEarly.summary).toMatchObject({ ok: false, replayed: [], failed: [expect.objectContaining({ id, errorCode: '23514' })] });
      expect(await deadLettersOf('reporting', [id])).toEqual([expect.objectContaining({ attempts: 2 })]);
    } finally {
      await withDatabase('reporting', (db) => db.query(`ALTER TABLE check_in_scores DROP CONSTRAINT ${constraint}`));
    }

    const replay = runTerugkeer(['events', 'replay', '--id', id]);
    expect(replay.status).toBe(0);
    expect(replay.summary).toEqual({ ok: true, replayed: [{ service: 'reporting', id, type: 'check-in.recorded', outcome: 'applied' }], failed: [] });
    expect(await deadLettersOf('reporting', [id])).toEqual([]);
    expect(await appliedBy('reporting', [id])).toEqual([id]);
    const scores = await withDatabase('reporting', (db) => db.query(`SELECT energy::int FROM check_in_scores WHERE case_id = $1`, [caseId]));
    expect(scores.rows).toEqual([{ energy: 0 }]);

    const again = runTerugkeer(['events', 'replay', '--id', id]);
    expect(again.summary).toEqual({ ok: true, replayed: [], failed: [] });
    expect(runTerugkeer(['events', 'dead-letters']).summary.deadLetters).not.toContainEqual(expect.objectContaining({ id }));
  });

  it('keeps personal data out of the reason, even when the database quotes it', async () => {
    // A name where an id belongs: PostgreSQL's message quotes the value it refused.
    const id = await publishCaseEvent(checkIn(organizationId, caseId, 'Eline Brink', 5));
    const [letter] = await eventually(async () => {
      const letters = await deadLettersOf('reporting', [id]);
      expect(letters).toHaveLength(1);
      return letters;
    }, 30_000);
    expect(letter).toMatchObject({ error_code: '22P02', error_message: 'invalid input syntax for type uuid: "…"' });
    const listed = runTerugkeer(['events', 'dead-letters', '--service', 'reporting']);
    expect(JSON.stringify(listed.summary)).not.toContain('Eline');
    await withDatabase('reporting', (db) => db.query(`DELETE FROM dead_letters WHERE id = $1`, [id]));
  });

  it('is refused a replay by an unknown service name or a malformed id', () => {
    expect(runTerugkeer(['events', 'replay', '--service', 'case']).status).toBe(2);
    expect(runTerugkeer(['events', 'replay', '--id', 'not-an-id']).status).toBe(2);
  });
});

describe('a fault that passes', () => {
  it('is retried by the queue, and an event that still fails on its last attempt becomes a dead letter', async () => {
    const url = process.env.DATABASE_URL!;
    const schema = `events_spec_${randomUUID().slice(0, 8)}`;
    const queue = `${schema}.events`;
    const dataSource = createServiceDataSource({ url, schema, entities: [], migrations: [DeadLetters1733000000001] });
    await migrate(dataSource, schema);
    const runner = dataSource.createQueryRunner();
    await createMessagingTables(runner, schema);
    await runner.release();
    const boss = await startQueue(url);
    try {
      await boss.createQueue(queue, { name: queue, retryLimit: 1, retryDelay: 1 });
      const event = (type: string) => ({ id: randomUUID(), type, aggregateId: randomUUID(), organizationId: randomUUID(), occurredAt: new Date().toISOString(), payload: {} });
      const recovers = event('spec.connection-lost-once');
      const never = event('spec.connection-lost-always');
      const attempts = new Map<string, number>();
      await consumeEvents(boss, queue, dataSource, async (received, manager) => {
        const attempt = (attempts.get(received.id) ?? 0) + 1;
        attempts.set(received.id, attempt);
        // A real lost connection: the handler's own backend is terminated under it.
        if (received.id === never.id || attempt === 1) await manager.query(`SELECT pg_terminate_backend(pg_backend_pid())`);
      });
      await boss.send(queue, recovers);
      await eventually(async () => expect(await dataSource.query(`SELECT id FROM inbox`)).toEqual([{ id: recovers.id }]), 60_000);
      expect(attempts.get(recovers.id)).toBe(2);

      await boss.send(queue, never);
      const [letter] = await eventually(async () => {
        const letters = await dataSource.query(`SELECT * FROM dead_letters`);
        expect(letters).toHaveLength(1);
        return letters;
      }, 60_000);
      // Two deliveries: the first and the one retry the queue allows here.
      expect(letter).toMatchObject({ consumer: queue, id: never.id, type: 'spec.connection-lost-always', error_code: '57P01', attempts: 2 });
      expect(attempts.get(never.id)).toBe(2);
    } finally {
      await boss.offWork(queue);
      await boss.stop({ graceful: true, wait: true });
      await dataSource.query(`DROP SCHEMA "${schema}" CASCADE`);
      await dataSource.destroy();
    }
  });
});
