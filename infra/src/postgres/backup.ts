import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Physical backups and point-in-time restore with PostgreSQL's own means, no client tools:
 * the server archives every finished WAL segment (`archive_command`), a base backup copies the
 * data directory between `pg_backup_start` and `pg_backup_stop` (the non-exclusive low-level
 * API, in one session), and a restore puts a base backup back and replays the archive up to
 * a moment (`recovery_target_time`). In production pg_basebackup (or pgBackRest, WAL-G) of the
 * server's own version does the same: infra/deploy/README.md, "Backups".
 */

export interface BaseBackup {
  /** The backup's directory: `data/` (the copied cluster) and `backup.json` (this). */
  dir: string;
  label: string;
  /** When `pg_backup_stop` returned: the backup restores to any moment from here on. */
  consistentAt: string;
  stopLsn: string;
}

/**
 * Server settings that archive every finished WAL segment into `archiveDir`. No
 * `archive_timeout` here: on a development machine the queue's constant small writes would
 * archive a 16 MB segment a minute. Production sets one (infra/deploy/README.md, "Backups").
 */
export function walArchivingSettings(archiveDir: string): Record<string, string> {
  if (/['\\]/.test(archiveDir)) throw new Error(`The WAL archive's path may not contain quotes or backslashes: ${archiveDir}`);
  return {
    wal_level: 'replica',
    archive_mode: 'on',
    // Never overwrite a segment already archived: after a restore the old timeline's files stay as they were.
    archive_command: `test ! -f '${archiveDir}/%f' && cp '%p' '${archiveDir}/%f'`,
  };
}

/** The directories whose contents a base backup leaves out (PostgreSQL's documentation, "Making a Base Backup Using the Low Level API"). */
const EMPTIED_DIRECTORIES = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);
const LEFT_OUT_FILES = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'backup_label',
  'backup_label.old',
  'tablespace_map',
  'recovery.signal',
  'standby.signal',
]);

/**
 * Copies the running cluster into `<backupsDir>/<time>/data` between pg_backup_start and
 * pg_backup_stop, and writes the backup label the server returns. `superuserUrl` must be a
 * superuser's (or a role with pg_backup_start/stop and read access to the data directory).
 */
export async function takeBaseBackup(options: { superuserUrl: string; clusterDir: string; backupsDir: string }): Promise<BaseBackup> {
  const label = `terugkeer-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  const dir = join(options.backupsDir, label);
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const client = new pg.Client({ connectionString: options.superuserUrl, application_name: 'terugkeer-backup' });
  await client.connect();
  try {
    // One session from start to stop: the non-exclusive backup ends with the session that began it.
    await client.query('SELECT pg_backup_start($1, true)', [label]);
    let stopped = false;
    try {
      copyCluster(options.clusterDir, dataDir);
      const { rows } = await client.query<{ lsn: string; labelfile: string; spcmapfile: string; now: Date }>(
        'SELECT lsn::text, labelfile, spcmapfile, clock_timestamp() AS now FROM pg_backup_stop(true)',
      );
      stopped = true;
      writeFileSync(join(dataDir, 'backup_label'), rows[0].labelfile);
      if (rows[0].spcmapfile) writeFileSync(join(dataDir, 'tablespace_map'), rows[0].spcmapfile);
      const backup: BaseBackup = { dir, label, consistentAt: rows[0].now.toISOString(), stopLsn: rows[0].lsn };
      writeFileSync(join(dir, 'backup.json'), `${JSON.stringify({ label, consistentAt: backup.consistentAt, stopLsn: backup.stopLsn }, null, 2)}\n`);
      return backup;
    } finally {
      // The copy's error is the one to report; ending the backup may fail too when the connection is what broke.
      // eslint-disable-next-line no-restricted-syntax -- see above
      if (!stopped) await client.query('SELECT pg_backup_stop(false)').catch(() => undefined);
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  } finally {
    await client.end();
  }
}

/** Copies the data directory file by file; a file the server removes meanwhile is skipped (the WAL replay recreates what matters). */
function copyCluster(from: string, to: string, root = true): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    try {
      if (entry.isDirectory()) {
        mkdirSync(target, { mode: 0o700 });
        if (!(root && EMPTIED_DIRECTORIES.has(entry.name))) copyCluster(source, target, false);
      } else if (entry.isFile() && !(root && LEFT_OUT_FILES.has(entry.name))) copyFileSync(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/** The base backups below `backupsDir`, oldest first. */
export function listBaseBackups(backupsDir: string): BaseBackup[] {
  if (!existsSync(backupsDir)) return [];
  return readdirSync(backupsDir)
    .filter((name) => existsSync(join(backupsDir, name, 'backup.json')))
    .map((name) => ({ dir: join(backupsDir, name), ...(JSON.parse(readFileSync(join(backupsDir, name, 'backup.json'), 'utf8')) as Omit<BaseBackup, 'dir'>) }))
    .sort((a, b) => a.consistentAt.localeCompare(b.consistentAt));
}

/** The recovery settings a restore adds, and removes again once the server has been promoted. */
export const RECOVERY_SETTINGS = ['restore_command', 'recovery_target_time', 'recovery_target_action', 'recovery_target_inclusive'] as const;

/**
 * Replaces the (stopped) cluster with the newest base backup consistent before `targetTime`
 * and sets it up to replay the WAL archive up to that moment and then open for writing. The
 * old cluster is kept beside it (`<clusterDir>.before-restore-<time>`) until the operator
 * removes it. Start the server afterwards and wait for `finishRestore`.
 */
export function prepareRestore(options: { clusterDir: string; backupsDir: string; archiveDir: string; targetTime: Date }): BaseBackup {
  const { clusterDir, targetTime } = options;
  if (existsSync(join(clusterDir, 'postmaster.pid'))) throw new Error(`PostgreSQL is still running on ${clusterDir}: stop the platform first.`);
  const backup = listBaseBackups(options.backupsDir)
    .filter((candidate) => new Date(candidate.consistentAt) <= targetTime)
    .at(-1);
  if (!backup) throw new Error(`No base backup in ${options.backupsDir} is older than ${targetTime.toISOString()}.`);
  if (/['\\]/.test(options.archiveDir)) throw new Error(`The WAL archive's path may not contain quotes or backslashes: ${options.archiveDir}`);

  // As root the server runs as the user who owns the cluster: the restored files must be that user's too.
  const owner = existsSync(clusterDir) ? statSync(clusterDir) : null;
  const before = `${clusterDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  if (existsSync(clusterDir)) renameSync(clusterDir, before);
  mkdirSync(clusterDir, { mode: 0o700 });
  copyTree(join(backup.dir, 'data'), clusterDir);
  // The segment being written when the server stopped was never archived; recovery reads it from pg_wal.
  copyUnarchivedWal(join(before, 'pg_wal'), join(clusterDir, 'pg_wal'), options.archiveDir);
  chmodSync(clusterDir, 0o700);
  writeFileSync(join(clusterDir, 'recovery.signal'), '');
  const settings: Record<(typeof RECOVERY_SETTINGS)[number], string> = {
    restore_command: `cp '${options.archiveDir}/%f' '%p'`,
    // PostgreSQL's own notation: the setting refuses ISO 8601's `T` and `Z`.
    recovery_target_time: targetTime.toISOString().replace('T', ' ').replace('Z', '+00'),
    recovery_target_action: 'promote',
    // Stop just before the first transaction committed after the moment.
    recovery_target_inclusive: 'false',
  };
  const autoConf = join(clusterDir, 'postgresql.auto.conf');
  const kept = existsSync(autoConf) ? readFileSync(autoConf, 'utf8') : '';
  writeFileSync(
    autoConf,
    `${kept.replace(/\n?$/, '\n')}${Object.entries(settings)
      .map(([key, value]) => `${key} = '${value.replace(/'/g, "''")}'`)
      .join('\n')}\n`,
  );
  if (owner && owner.uid !== process.getuid?.()) chownTree(clusterDir, owner.uid, owner.gid);
  return backup;
}

const WAL_SEGMENT = /^[0-9A-F]{24}$/;

function copyUnarchivedWal(from: string, to: string, archiveDir: string): void {
  if (!existsSync(from)) return;
  for (const name of readdirSync(from)) {
    if (WAL_SEGMENT.test(name) && !existsSync(join(archiveDir, name))) copyFileSync(join(from, name), join(to, name));
  }
}

function chownTree(dir: string, uid: number, gid: number): void {
  chownSync(dir, uid, gid);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) chownTree(path, uid, gid);
    else chownSync(path, uid, gid);
  }
}

function copyTree(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      mkdirSync(target, { mode: 0o700 });
      copyTree(source, target);
    } else if (lstatSync(source).isFile()) copyFileSync(source, target);
  }
}

/** Waits until the restored server has replayed up to the target and opened for writing, then takes the recovery settings out again. */
export async function finishRestore(superuserUrl: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: superuserUrl });
    try {
      await client.connect();
      const { rows } = await client.query<{ recovering: boolean }>('SELECT pg_is_in_recovery() AS recovering');
      if (!rows[0].recovering) {
        for (const setting of RECOVERY_SETTINGS) await client.query(`ALTER SYSTEM RESET ${setting}`);
        await client.query('SELECT pg_reload_conf()');
        return;
      }
    } catch (error) {
      if (Date.now() > deadline) throw error;
    } finally {
      // eslint-disable-next-line no-restricted-syntax -- a connection that never opened cannot be closed either; the next try opens a new one
      await client.end().catch(() => undefined);
    }
    if (Date.now() > deadline) throw new Error('The restored server is still recovering.');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
