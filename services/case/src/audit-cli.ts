import 'reflect-metadata';
import { createLogger, printToolProblem, printToolResult, readServiceConfig } from '@terugkeer/service-kit';
import { createCaseDataSource } from './entities';
import { verifyAuditChain } from './modules/audit';

const log = createLogger('case', { destination: 'stderr' }).child({ tool: 'audit' });

/** `audit verify [--schema <name>]`: walks the hash chain of the audit log (or a copy of it) from the first entry. */
async function main() {
  const [command, flag, schemaName] = process.argv.slice(2);
  if (command !== 'verify') {
    printToolProblem('Usage: audit verify');
    process.exit(2);
  }
  const dataSource = await createCaseDataSource(readServiceConfig('case').databaseUrl).initialize();
  try {
    const result = await verifyAuditChain(dataSource, { schema: flag === '--schema' ? schemaName : undefined });
    if (result.valid) {
      printToolResult(result, `audit log: ${result.entries} entries, chain intact`);
    } else {
      printToolResult(result, `audit log: BROKEN at entry ${result.brokenAt!.seq}: ${result.brokenAt!.reason} (${result.entries} entries read)`);
      process.exitCode = 1;
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  log.error({ err: error }, 'the audit check failed');
  process.exit(1);
});
