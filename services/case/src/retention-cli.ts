import 'reflect-metadata';
import { readServiceConfig } from '@terugkeer/service-kit';
import { createCaseDataSource } from './entities';
import { purgeDueRecords } from './modules/retention/retention.service';

/** `retention purge [--dry-run]`: what the nightly job does, on demand; prints what it did. */
async function main() {
  const [command, ...flags] = process.argv.slice(2);
  if (command !== 'purge') {
    console.error('Usage: retention purge [--dry-run]');
    process.exit(2);
  }
  const dataSource = await createCaseDataSource(readServiceConfig('case').databaseUrl).initialize();
  try {
    const summary = await purgeDueRecords(dataSource, { dryRun: flags.includes('--dry-run') });
    console.log(
      `${summary.dryRun ? 'would purge' : 'purged'}: ${summary.dossiersPurged} dossiers, ${summary.medicalNotesPurged} medical notes, ` +
        `${summary.employeesAnonymized} former employees anonymized; ${summary.heldBack} kept under a legal hold`,
    );
    console.log(JSON.stringify(summary));
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
