import type { EventEnvelope } from '@terugkeer/events';
import type { DataSource, EntityManager } from 'typeorm';
import { describeFailure, type FailureReason } from './failure-reason';
import { recordInInbox, type EventHandler } from './inbox';

/**
 * An event a consumer could not apply, kept in the consuming service's `dead_letters`
 * table (each consuming service creates it in a migration of its own) until it is replayed.
 */
export interface DeadLetter extends FailureReason {
  consumer: string;
  event: EventEnvelope;
  attempts: number;
  firstFailedAt: string;
  failedAt: string;
}

interface DeadLetterRow {
  consumer: string;
  id: string;
  type: string;
  aggregate_id: string;
  organization_id: string;
  occurred_at: Date;
  payload: unknown;
  error_class: string;
  error_code: string | null;
  error_message: string;
  attempts: number;
  first_failed_at: Date;
  failed_at: Date;
}

const fromRow = (row: DeadLetterRow): DeadLetter => ({
  consumer: row.consumer,
  event: {
    id: row.id,
    type: row.type,
    aggregateId: row.aggregate_id,
    organizationId: row.organization_id,
    occurredAt: row.occurred_at.toISOString(),
    payload: row.payload,
  },
  errorClass: row.error_class,
  errorCode: row.error_code,
  message: row.error_message,
  attempts: row.attempts,
  firstFailedAt: row.first_failed_at.toISOString(),
  failedAt: row.failed_at.toISOString(),
});

/** Keeps the event with the reason it failed; a second failure of the same event updates the reason and counts the attempts. */
export async function recordDeadLetter(dataSource: DataSource, consumer: string, event: EventEnvelope, reason: FailureReason, attempts: number): Promise<void> {
  await dataSource.query(
    `INSERT INTO dead_letters (consumer, id, type, aggregate_id, organization_id, occurred_at, payload, error_class, error_code, error_message, attempts)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (consumer, id) DO UPDATE SET error_class = excluded.error_class, error_code = excluded.error_code,
       error_message = excluded.error_message, attempts = dead_letters.attempts + excluded.attempts, failed_at = now()`,
    [
      consumer,
      event.id,
      event.type,
      event.aggregateId,
      event.organizationId,
      event.occurredAt,
      JSON.stringify(event.payload),
      reason.errorClass,
      reason.errorCode,
      reason.message,
      attempts,
    ],
  );
}

/** Whether the event waits in the dead letters: the queue then leaves it to a replay. */
export async function isDeadLettered(manager: EntityManager, consumer: string, eventId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM dead_letters WHERE consumer = $1 AND id = $2`, [consumer, eventId]);
  return rows.length > 0;
}

/** Which of these events wait in the dead letters of this consumer. */
export async function deadLetteredAmong(manager: EntityManager, consumer: string, eventIds: readonly string[]): Promise<Set<string>> {
  const rows: { id: string }[] = await manager.query(`SELECT id FROM dead_letters WHERE consumer = $1 AND id = ANY($2::uuid[])`, [consumer, eventIds]);
  return new Set(rows.map((row) => row.id));
}

export async function listDeadLetters(dataSource: DataSource, consumer: string, ids?: readonly string[]): Promise<DeadLetter[]> {
  const rows: DeadLetterRow[] = await dataSource.query(
    `SELECT * FROM dead_letters WHERE consumer = $1 AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[])) ORDER BY occurred_at, id`,
    [consumer, ids ?? null],
  );
  return rows.map(fromRow);
}

export type ReplayOutcome =
  { id: string; type: string; outcome: 'applied' | 'already-applied' } | ({ id: string; type: string; outcome: 'failed' } & FailureReason);

/**
 * Applies a dead letter again, in one transaction with its removal from the dead letters
 * and its arrival in the inbox; an event the inbox already holds is only removed. When it
 * fails again it stays, with the new reason.
 */
export async function replayDeadLetter(dataSource: DataSource, consumer: string, handler: EventHandler, letter: DeadLetter): Promise<ReplayOutcome> {
  const { event } = letter;
  try {
    const applied = await dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM dead_letters WHERE consumer = $1 AND id = $2`, [consumer, event.id]);
      if (!(await recordInInbox(manager, event))) return false;
      await handler(event, manager);
      return true;
    });
    return { id: event.id, type: event.type, outcome: applied ? 'applied' : 'already-applied' };
  } catch (error) {
    const reason = describeFailure(error);
    await recordDeadLetter(dataSource, consumer, event, reason, 1);
    return { id: event.id, type: event.type, outcome: 'failed', ...reason };
  }
}
