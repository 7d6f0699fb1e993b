import type { PgBoss } from 'pg-boss';
import type { DataSource } from 'typeorm';

export const databaseHealth = (dataSource: DataSource) => async (): Promise<void> => {
  await dataSource.query('SELECT 1');
};

/** The queue's own connections reach its tables, with this service's rights. */
export const queueHealth = (boss: PgBoss) => async (): Promise<void> => {
  if (!(await boss.schemaVersion())) throw new Error('The queue is not installed.');
};
