import 'reflect-metadata';
import { runMain } from '@terugkeer/service-kit';
import { schedulingConfig } from './config';
import { seedDemo } from './demo/seed-demo';
import { createSchedulingDataSource } from './service';

runMain('scheduling', async (log) => {
  const { databaseUrl } = schedulingConfig();
  const dataSource = await createSchedulingDataSource(databaseUrl).initialize();
  const loaded = await seedDemo(dataSource, databaseUrl, log);
  log.info(loaded.length ? `demo data loaded (${loaded.join(', ')})` : 'demo data already present');
  await dataSource.destroy();
});
