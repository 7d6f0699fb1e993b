import type { EventEnvelope } from '@terugkeer/events';
import type { PgBoss } from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logging/logger';
import { deadLetteredAmong, isDeadLettered, recordDeadLetter } from './dead-letters';
import { describeFailure, isPassingFault } from './failure-reason';
import { recordAllInInbox, recordInInbox, type EventHandler } from './inbox';

/**
 * How many events a consumer takes from the queue at once. A batch is applied in one
 * transaction, so a large one costs one commit instead of hundreds; the queue wakes the
 * consumer on NOTIFY and keeps fetching while batches come back full.
 */
export const CONSUMER_BATCH_SIZE = 500;

/**
 * Applies an event once: the inbox row and the handler's changes commit together, so a
 * redelivered event (at-least-once queue) is recognised and skipped, and so is one that
 * waits in the dead letters for a replay.
 */
export async function applyOnce(dataSource: DataSource, consumer: string, event: EventEnvelope, handler: EventHandler): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    if (await isDeadLettered(manager, consumer, event.id)) return false;
    if (!(await recordInInbox(manager, event))) return false;
    await handler(event, manager);
    return true;
  });
}

/**
 * Applies a batch, in the order given, in one transaction: the inbox rows and every
 * handler's changes commit together or not at all. Events seen before or waiting in the
 * dead letters are skipped, as applyOnce does; answers how many were applied.
 */
export async function applyBatch(dataSource: DataSource, consumer: string, events: readonly EventEnvelope[], handler: EventHandler): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const deadLettered = await deadLetteredAmong(
      manager,
      consumer,
      events.map((event) => event.id),
    );
    const arrived = await recordAllInInbox(
      manager,
      events.filter((event) => !deadLettered.has(event.id)),
    );
    for (const event of events) if (arrived.has(event.id)) await handler(event, manager);
    return arrived.size;
  });
}

/**
 * Applies the queue's events as they come: a whole batch in one transaction, and when that
 * fails, one event at a time, so that only the event at fault waits or becomes a dead letter. A fault that passes (the connection lost, a
 * deadlock) goes back to the queue with the rest of the batch, in order, and the queue
 * retries it with backoff; an event that still fails on its last attempt, or fails in a way
 * that will not pass (bad data, a bug), becomes a dead letter and an alert. No event is
 * dropped without one of the two.
 */
export async function consumeEvents(boss: PgBoss, consumer: string, dataSource: DataSource, handler: EventHandler, log: Logger): Promise<void> {
  const options = {
    batchSize: CONSUMER_BATCH_SIZE,
    pollingIntervalSeconds: 0.5,
    // Woken by NOTIFY when an event is queued (the queue's `notify`); the poll is only the backstop.
    notifyPollingIntervalSeconds: 5,
    burstWhenBatchFull: true,
    includeMetadata: true,
  } as const;
  await boss.work<EventEnvelope, void, typeof options>(consumer, options, async (jobs) => {
    // The queue hands a batch over in no particular order; a consumer must see changes in the order they happened.
    const ordered = [...jobs].sort((a, b) => compareOccurrence(a.data, b.data));
    // A job on its last attempt is applied alone, so that only it can become a dead letter.
    if (ordered.length > 1 && ordered.every((job) => job.retryCount < job.retryLimit)) {
      try {
        await applyBatch(
          dataSource,
          consumer,
          ordered.map((job) => job.data),
          handler,
        );
        return;
      } catch (error) {
        if (isPassingFault(error)) {
          // Nothing of the batch committed: the queue retries it whole, still in order.
          log.warn({ consumer, events: ordered.length, ...describeFailure(error) }, 'event-retry');
          throw error;
        }
        // An event of the batch fails in a way that will not pass: one by one below, so only that one becomes a dead letter.
        log.debug({ consumer, events: ordered.length, ...describeFailure(error) }, 'event-batch-failed');
      }
    }
    let passingFault: unknown = null;
    for (const job of ordered) {
      const lastAttempt = job.retryCount >= job.retryLimit;
      // After a passing fault the rest waits for the retry, so events stay in order; on its last attempt an event cannot wait.
      if (passingFault && !lastAttempt) continue;
      try {
        await applyOnce(dataSource, consumer, job.data, handler);
      } catch (error) {
        if (isPassingFault(error) && !lastAttempt) {
          passingFault = error;
          log.warn({ consumer, eventId: job.data.id, eventType: job.data.type, attempts: job.retryCount + 1, ...describeFailure(error) }, 'event-retry');
          continue;
        }
        await deadLetter(dataSource, consumer, job.data, error, job.retryCount + 1, log);
      }
    }
    // The queue retries the whole batch; what was applied or dead-lettered meanwhile is skipped then.
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the caught fault itself goes back to the queue, whatever was thrown
    if (passingFault) throw passingFault;
  });
}

/** ISO instants in UTC compare as text once their fractions have the same length (ours have 3 or 6 digits). */
const sortableInstant = (iso: string) => iso.replace(/(?:\.(\d+))?Z$/, (_, fraction: string = '') => `.${fraction.padEnd(6, '0')}Z`);

export function compareOccurrence(a: EventEnvelope, b: EventEnvelope): number {
  const [x, y] = [sortableInstant(a.occurredAt), sortableInstant(b.occurredAt)];
  return x < y ? -1 : x > y ? 1 : 0;
}

async function deadLetter(dataSource: DataSource, consumer: string, event: EventEnvelope, error: unknown, attempts: number, log: Logger): Promise<void> {
  let alert = 'event-dead-lettered';
  let reason = describeFailure(error);
  try {
    await recordDeadLetter(dataSource, consumer, event, reason, attempts);
  } catch (writeError) {
    // The queue then retries the batch, or gives the event up as failed: the alert must say so.
    alert = 'event-not-dead-lettered';
    reason = describeFailure(writeError);
    throw writeError;
  } finally {
    log.error({ alert, consumer, eventId: event.id, eventType: event.type, attempts, ...reason }, alert);
  }
}
