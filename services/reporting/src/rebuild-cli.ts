import 'reflect-metadata';
import { createLogger, printToolProblem, printToolResult, readServiceConfig } from '@terugkeer/service-kit';
import { rebuildReadModel } from './read-model/rebuild-read-model';
import { createReportingDataSource } from './service';

const log = createLogger('reporting', { destination: 'stderr' }).child({ tool: 'rebuild' });

/**
 * `reporting rebuild`: the read model from scratch, from the events in the inbox. Emptying
 * the tables wholesale (TRUNCATE) is the schema owner's right, so it connects as the
 * migration role; the running service may only change rows.
 */
async function main() {
  const [command] = process.argv.slice(2);
  if (command !== 'rebuild') {
    printToolProblem('Usage: reporting rebuild');
    process.exit(2);
  }
  const dataSource = await createReportingDataSource(readServiceConfig('reporting').migrationDatabaseUrl).initialize();
  try {
    const started = Date.now();
    const events = await rebuildReadModel(dataSource);
    printToolResult({ ok: true, events }, `reporting read model rebuilt from ${events} events in ${Date.now() - started} ms`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  log.error({ err: error }, 'the rebuild failed');
  process.exit(1);
});
