import type { DataSource } from 'typeorm';

export const databaseHealth = (dataSource: DataSource) => async (): Promise<void> => {
  await dataSource.query('SELECT 1');
};
