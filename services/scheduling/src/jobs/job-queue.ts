import type { Db, PgBoss, SendOptions } from 'pg-boss';
import type { EntityManager } from 'typeorm';

/**
 * The service's pg-boss instance, attached at start-up. Jobs are sent and cancelled
 * through the caller's transaction (`db`), so a job exists exactly when the change that
 * asked for it was committed.
 */
let attached: PgBoss | null = null;

export function attachJobQueue(boss: PgBoss): void {
  attached = boss;
}

function queue(): PgBoss {
  if (!attached) throw new Error('The job queue is not attached yet');
  return attached;
}

const inTransaction = (manager: EntityManager): Db => ({
  executeSql: async (text, values) => {
    const result = await manager.query(text, values);
    return { rows: Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result };
  },
});

export async function sendJob(manager: EntityManager, name: string, data: object, options: SendOptions = {}): Promise<string | null> {
  return queue().send(name, data, { ...options, db: inTransaction(manager) });
}

export async function cancelJobs(manager: EntityManager, name: string, ids: string[]): Promise<void> {
  if (ids.length) await queue().cancel(name, ids, { db: inTransaction(manager) });
}
