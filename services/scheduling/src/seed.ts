import 'reflect-metadata';
import { runMain } from '@terugkeer/service-kit';
import { schedulingConfig } from './config';
import { seedDemo } from './demo/seed-demo';
import { createSchedulingDataSource } from './service';

runMain(async () => {
  const { databaseUrl } = schedulingConfig();
  const dataSource = await createSchedulingDataSource(databaseUrl).initialize();
  const loaded = await seedDemo(dataSource, databaseUrl);
  console.log(loaded.length ? `scheduling: demo data loaded (${loaded.join(', ')})` : 'scheduling: demo data already present');
  await dataSource.destroy();
});
