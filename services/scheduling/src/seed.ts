import 'reflect-metadata';
import { readServiceConfig, runMain } from '@terugkeer/service-kit';
import { seedDemo } from './demo/seed-demo';
import { createSchedulingDataSource } from './service';

runMain(async () => {
  const dataSource = await createSchedulingDataSource(readServiceConfig('scheduling').databaseUrl).initialize();
  const created = await seedDemo(dataSource);
  console.log(created ? `scheduling: demo data loaded (${created} appointments)` : 'scheduling: demo data already present');
  await dataSource.destroy();
});
