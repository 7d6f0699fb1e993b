import { randomUUID } from 'node:crypto';
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

      const listed = await runTerugkeer(['events', 'dead-letters', '--service', 'reporting']);
      expect(listed.status).toBe(0);
      expect(listed.summary.deadLetters).toContainEqual(
        expect.objectContaining({ service: 'reporting', id, type: 'check-in.recorded', errorCode: '23514', attempts: 1 }),
      );

      const tooEarly = await runTerugkeer(['events', 'replay', '--service', 'reporting', '--id', id]);
      expect(tooEarly.status).toBe(1);
      expect(tooEarly.summary).toMatchObject({ ok: false, replayed: [], failed: [expect.objectContaining({ id, errorCode: '23514' })] });
      expect(await deadLettersOf('reporting', [id])).toEqual([expect.objectContaining({ attempts: 2 })]);
    } finally {
      await withDatabase('reporting', (db) => db.query(`ALTER TABLE check_in_scores DROP CONSTRAINT ${constraint}`));
    }

    const replay = await runTerugkeer(['events', 'replay', '--id', id]);
    expect(replay.status).toBe(0);
    expect(replay.summary).toEqual({ ok: true, replayed: [{ service: 'reporting', id, type: 'check-in.recorded', outcome: 'applied' }], failed: [] });
    expect(await deadLettersOf('reporting', [id])).toEqual([]);
    expect(await appliedBy('reporting', [id])).toEqual([id]);
    const scores = await withDatabase('reporting', (db) => db.query(`SELECT energy::int FROM check_in_scores WHERE case_id = $1`, [caseId]));
    expect(scores.rows).toEqual([{ energy: 0 }]);

    const again = await runTerugkeer(['events', 'replay', '--id', id]);
    expect(again.summary).toEqual({ ok: true, replayed: [], failed: [] });
    expect((await runTerugkeer(['events', 'dead-letters'])).summary.deadLetters).not.toContainEqual(expect.objectContaining({ id }));
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
    const listed = await runTerugkeer(['events', 'dead-letters', '--service', 'reporting']);
    expect(JSON.stringify(listed.summary)).not.toContain('Eline');
    await withDatabase('reporting', (db) => db.query(`DELETE FROM dead_letters WHERE id = $1`, [id]));
  });

  it('is refused a replay by an unknown service name or a malformed id', async () => {
    expect((await runTerugkeer(['events', 'replay', '--service', 'gateway'])).status).toBe(2);
    expect((await runTerugkeer(['events', 'replay', '--id', 'not-an-id'])).status).toBe(2);
  });
});
