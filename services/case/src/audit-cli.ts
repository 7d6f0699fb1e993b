import 'reflect-metadata';
import { readServiceConfig } from '@terugkeer/service-kit';
import { createCaseDataSource } from './entities';
import { verifyAuditChain } from './modules/audit';

/** `audit verify [--schema <name>]`: walks the hash chain of the audit log (or a copy of it) from the first entry. */
async function main() {
  const [command, flag, schemaName] = process.argv.slice(2);
  if (command !== 'verify') {
    console.error('Usage: audit verify');
    process.exit(2);
  }
  const dataSource = await createCaseDataSource(readServiceConfig('case').databaseUrl).initialize();
  try {
    const result = await verifyAuditChain(dataSource, { schema: flag === '--schema' ? schemaName : undefined });
    if (result.brokenAt === null) {
      console.log(`audit log: ${result.entries} entries, chain intact`);
    } else {
      console.log(`audit log: BROKEN at entry ${result.brokenAt.seq}: ${result.brokenAt.reason} (${result.entries} entries read)`);
      process.exitCode = 1;
    }
    console.log(JSON.stringify(result));
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
