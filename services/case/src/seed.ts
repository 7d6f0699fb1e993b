import 'reflect-metadata';
import { readServiceConfig, runMain } from '@terugkeer/service-kit';
import { seedDemo } from './demo/seed-demo';
import { createCaseDataSource } from './entities';

runMain(async () => {
  const dataSource = await createCaseDataSource(readServiceConfig('case').databaseUrl).initialize();
  const { casesCreated } = await seedDemo(dataSource);
  console.log(casesCreated ? `case: demo data loaded (${casesCreated} cases)` : 'case: demo data already present');
  await dataSource.destroy();
});
