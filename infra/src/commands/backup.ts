import { resolve } from 'node:path';
import type { LauncherConfig } from '../config.js';
import { configuredPorts, DEVELOPMENT_PORTS } from '../platform/ports.js';
import { finishRestore, listBaseBackups, prepareRestore, takeBaseBackup } from '../postgres/backup.js';
import { embeddedSuperuserUrl, startEmbeddedPostgres } from '../postgres/embedded-postgres.js';

/** Where the development platform (`npm start`) keeps its cluster, its WAL archive and its base backups. */
export function developmentBackupPaths(config: Pick<LauncherConfig, 'dataRoot'>) {
  const dataDir = resolve(config.dataRoot, 'dev');
  return { dataDir, clusterDir: resolve(dataDir, 'postgres'), archiveDir: resolve(dataDir, 'wal-archive'), backupsDir: resolve(dataDir, 'backups') };
}

const USAGE = `Usage:
  npm run terugkeer -- backup                      a base backup of the running development platform's database
  npm run terugkeer -- backup list                 the base backups and the moments they can restore to
  npm run terugkeer -- restore --to <time>         with the platform stopped: back to that moment (ISO 8601 with a zone)
Production uses pg_basebackup and WAL archiving of its own server: infra/deploy/README.md, "Backups".`;

function requireEmbedded(config: LauncherConfig): void {
  if (config.databaseUrl) {
    throw new Error('DATABASE_URL names a database of its own: back it up with its server’s tools (pg_basebackup, WAL archiving), see infra/deploy/README.md.');
  }
}

export async function runBackup(config: LauncherConfig, args: string[]): Promise<void> {
  requireEmbedded(config);
  const paths = developmentBackupPaths(config);
  if (args[0] === 'list') {
    const backups = listBaseBackups(paths.backupsDir);
    if (!backups.length) console.log('No base backups yet.');
    for (const backup of backups) console.log(`${backup.label}  restores to any moment after ${backup.consistentAt}`);
    return;
  }
  if (args.length) {
    console.log(USAGE);
    process.exitCode = 2;
    return;
  }
  const port = configuredPorts(DEVELOPMENT_PORTS, config).database;
  const backup = await takeBaseBackup({ superuserUrl: embeddedSuperuserUrl(port, 'terugkeer'), clusterDir: paths.clusterDir, backupsDir: paths.backupsDir });
  console.log(`Base backup ${backup.label} written to ${backup.dir}; it restores to any moment from ${backup.consistentAt} on.`);
}

export async function runRestore(config: LauncherConfig, args: string[]): Promise<void> {
  requireEmbedded(config);
  const to = args[0] === '--to' ? args[1] : undefined;
  if (!to || !/(Z|[+-]\d\d:?\d\d)$/.test(to) || Number.isNaN(Date.parse(to))) {
    console.log(USAGE);
    process.exitCode = 2;
    return;
  }
  const paths = developmentBackupPaths(config);
  const targetTime = new Date(to);
  const backup = prepareRestore({ clusterDir: paths.clusterDir, backupsDir: paths.backupsDir, archiveDir: paths.archiveDir, targetTime });
  console.log(`Restoring base backup ${backup.label} and replaying the archived WAL up to ${targetTime.toISOString()} …`);
  const port = configuredPorts(DEVELOPMENT_PORTS, config).database;
  const database = await startEmbeddedPostgres({
    dataDir: paths.dataDir,
    port,
    database: 'terugkeer',
    log: (message) => console.log(message),
    walArchiveDir: paths.archiveDir,
  });
  try {
    await finishRestore(database.url);
  } finally {
    await database.stop();
  }
  console.log(`Restored to ${targetTime.toISOString()}. Start the platform with npm start; the cluster before the restore is kept beside it.`);
}
