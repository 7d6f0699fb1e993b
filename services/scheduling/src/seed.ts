import 'reflect-metadata';
import { readServiceConfig, runMain } from '@terugkeer/service-kit';
import { seedDemo } from './demo/seed-demo';
import { createSchedulingDataSource } from './service';

runMain(async () => {
  const { databaseUrl } = readServiceConfig('scheduling');
  const dataSource = await createSchedulingDataSource(databaseUrl).initialize();
  const loaded = await seedDemo(dataSource, databaseUrl);
  console.log(loaded.length ? `scheduling: demo data loaded (${loaded.join(', ')})` : 'scheduling: demo data already present');
  await dataSource.destroy();
});
