import 'reflect-metadata';
import { readServiceConfig, runMain } from '@terugkeer/service-kit';
import { seedDemo } from './demo/seed-demo';
import { createCaseDataSource } from './entities';

runMain('case', async (log) => {
  const dataSource = await createCaseDataSource(readServiceConfig('case').databaseUrl).initialize();
  const { casesCreated } = await seedDemo(dataSource);
  log.info(casesCreated ? `demo data loaded (${casesCreated} cases)` : 'demo data already present');
  await dataSource.destroy();
});
