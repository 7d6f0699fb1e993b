import type { EventEnvelope } from '@terugkeer/events';
import type { PgBoss } from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logging/logger';
import { isDeadLettered, recordDeadLetter } from './dead-letters';
import { describeFailure, isPassingFault } from './failure-reason';
import { recordInInbox, type EventHandler } from './inbox';

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
 * Applies the queue's events as they come. A fault that passes (the connection lost, a
 * deadlock) goes back to the queue with the rest of the batch, in order, and the queue
 * retries it with backoff; an event that still fails on its last attempt, or fails in a way
 * that will not pass (bad data, a bug), becomes a dead letter and an alert. No event is
 * dropped without one of the two.
 */
export async function consumeEvents(boss: PgBoss, consumer: string, dataSource: DataSource, handler: EventHandler, log: Logger): Promise<void> {
  const options = { batchSize: 20, pollingIntervalSeconds: 0.5, includeMetadata: true } as const;
  await boss.work<EventEnvelope, void, typeof options>(consumer, options, async (jobs) => {
    let passingFault: unknown = null;
    // The queue hands a batch over in no particular order; a consumer must see changes in the order they happened.
    for (const job of [...jobs].sort((a, b) => compareOccurrence(a.data, b.data))) {
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
