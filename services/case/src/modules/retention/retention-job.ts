import { PLATFORM_TIME_ZONE } from '@terugkeer/domain';
import type { Logger } from '@terugkeer/service-kit';
import type { PgBoss } from 'pg-boss';
import type { DataSource } from 'typeorm';
import { purgeDueRecords } from './retention.service';

export const RETENTION_QUEUE = 'case.retention-purge';
/** Every night at 03:15, when nobody works in the dossiers. */
const NIGHTLY = '15 3 * * *';

/** The purge's queue, created by the case service's migration. */
export async function createRetentionQueue(boss: PgBoss): Promise<void> {
  await boss.createQueue(RETENTION_QUEUE);
}

/** Schedules the nightly purge; pg-boss keeps the schedule and runs it once across instances. */
export async function startRetentionJob(dataSource: DataSource, boss: PgBoss, log: Logger): Promise<() => Promise<void>> {
  await boss.schedule(RETENTION_QUEUE, NIGHTLY, {}, { tz: PLATFORM_TIME_ZONE });
  const workerId = await boss.work(RETENTION_QUEUE, async () => {
    const summary = await purgeDueRecords(dataSource);
    log.info({ retention: summary }, 'retention purge done');
  });
  return () => boss.offWork(RETENTION_QUEUE, { id: workerId });
}
