import 'reflect-metadata';
import { createLogger, printToolProblem, printToolResult, readServiceConfig } from '@terugkeer/service-kit';
import { createCaseDataSource } from './entities';
import { purgeDueRecords } from './modules/retention/retention.service';

const log = createLogger('case', { destination: 'stderr' }).child({ tool: 'retention' });

/** `retention purge [--dry-run]`: what the nightly job does, on demand; prints what it did. */
async function main() {
  const [command, ...flags] = process.argv.slice(2);
  if (command !== 'purge') {
    printToolProblem('Usage: retention purge [--dry-run]');
    process.exit(2);
  }
  const dataSource = await createCaseDataSource(readServiceConfig('case').databaseUrl).initialize();
  try {
    const summary = await purgeDueRecords(dataSource, { dryRun: flags.includes('--dry-run') });
    printToolResult(
      summary,
      `${summary.dryRun ? 'would purge' : 'purged'}: ${summary.dossiersPurged} dossiers, ${summary.medicalNotesPurged} medical notes, ` +
        `${summary.employeesAnonymized} former employees anonymized; ${summary.heldBack} kept under a legal hold`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  log.error({ err: error }, 'the retention purge failed');
  process.exit(1);
});
