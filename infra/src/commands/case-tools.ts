import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { servicesDir } from '../paths.js';
import { inheritedEnv } from '../platform/child-processes.js';
import { withDatabase } from './with-database.js';

/**
 * Runs one of the case service's command-line tools (import, audit, retention) against
 * the development database (or DATABASE_URL), as the service's runtime role: they read and
 * change rows as the service does. Its output, with a JSON summary as the last line,
 * passes straight through; its exit code becomes ours.
 */
export async function runCaseTool(tool: 'import-cli' | 'audit-cli' | 'retention-cli', args: string[]): Promise<void> {
  return runServiceTool('case', tool, args, 'DATABASE_URL');
}

/**
 * The reporting service's tool: `rebuild-cli` empties the read model and replays every
 * received event. Emptying tables wholesale is the schema owner's right: it runs as the
 * migration role.
 */
export async function runReportingTool(tool: 'rebuild-cli', args: string[]): Promise<void> {
  return runServiceTool('reporting', tool, args, 'MIGRATION_DATABASE_URL');
}

async function runServiceTool(
  service: 'case' | 'reporting',
  tool: string,
  args: string[],
  role: 'DATABASE_URL' | 'MIGRATION_DATABASE_URL',
): Promise<void> {
  const log = (message: string) => console.error(`terugkeer │ ${message}`);
  const variable = `${service.toUpperCase()}_${role}`;
  const code = await withDatabase(log, (databaseEnv) =>
    new Promise<number>((resolveExit) => {
      const child = spawn(process.execPath, [join(servicesDir, service, 'dist', `${tool}.js`), ...args], {
        stdio: 'inherit',
        env: { ...inheritedEnv(), [variable]: databaseEnv[variable] ?? databaseEnv[`${service.toUpperCase()}_DATABASE_URL`] },
      });
      child.once('exit', (exitCode) => resolveExit(exitCode ?? 1));
    }),
    service,
  );
  // The embedded database's shutdown resets the exit code; the tool's own must win.
  process.exit(code);
}
