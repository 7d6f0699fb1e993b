import 'reflect-metadata';
import { migrationDatabaseUrl } from '@terugkeer/service-kit';
import { rebuildReadModel } from './read-model/rebuild-read-model';
import { createReportingDataSource } from './service';

/**
 * `reporting rebuild`: the read model from scratch, from the events in the inbox. Emptying
 * the tables wholesale (TRUNCATE) is the schema owner's right, so it connects as the
 * migration role; the running service may only change rows.
 */
async function main() {
  const [command] = process.argv.slice(2);
  if (command !== 'rebuild') {
    console.error('Usage: reporting rebuild');
    process.exit(2);
  }
  const dataSource = await createReportingDataSource(migrationDatabaseUrl('reporting')).initialize();
  try {
    const started = Date.now();
    const events = await rebuildReadModel(dataSource);
    console.log(`reporting read model rebuilt from ${events} events in ${Date.now() - started} ms`);
    console.log(JSON.stringify({ ok: true, events }));
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
