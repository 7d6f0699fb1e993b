import 'reflect-metadata';
import { migrate, readServiceConfig } from '@terugkeer/service-kit';
import { createCaseDataSource, SCHEMA } from './entities';

async function main() {
  const dataSource = createCaseDataSource(readServiceConfig('case').databaseUrl);
  const applied = await migrate(dataSource, SCHEMA);
  console.log(applied.length ? `case: applied ${applied.join(', ')}` : 'case: schema up to date');
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
