import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { childEnvironment, type LauncherConfig } from '../config.js';
import { servicesDir } from '../paths.js';
import { withDatabase } from './with-database.js';

/**
 * Runs one of the case service's command-line tools (import, generate, audit, retention, analytics clients) against
 * the development database (or DATABASE_URL), as the service's runtime role: they read and
 * change rows as the service does. Its output, with a JSON summary as the last line,
 * passes straight through; its exit code becomes ours.
 */
export async function runCaseTool(
  config: LauncherConfig,
  tool: 'import-cli' | 'generate-cli' | 'audit-cli' | 'retention-cli' | 'analytics-client-cli',
  args: string[],
): Promise<void> {
  return runServiceTool(config, 'case', tool, args, 'DATABASE_URL');
}

/**
 * The reporting service's tool: `rebuild-cli` empties the read model and replays every
 * received event. Emptying tables wholesale is the schema owner's right: it runs with the
 * migration role's URL beside the runtime one (the tool chooses the former).
 */
export async function runReportingTool(config: LauncherConfig, tool: 'rebuild-cli', args: string[]): Promise<void> {
  return runServiceTool(config, 'reporting', tool, args, 'MIGRATION_DATABASE_URL');
}

async function runServiceTool(
  config: LauncherConfig,
  service: 'case' | 'reporting',
  tool: string,
  args: string[],
  role: 'DATABASE_URL' | 'MIGRATION_DATABASE_URL',
): Promise<void> {
  const log = (message: string) => console.error(`terugkeer │ ${message}`);
  const prefix = service.toUpperCase();
  const code = await withDatabase(
    config,
    log,
    (databaseEnv) =>
      new Promise<number>((resolveExit) => {
        const roleEnv: Record<string, string> = { [`${prefix}_DATABASE_URL`]: databaseEnv[`${prefix}_DATABASE_URL`] };
        if (role === 'MIGRATION_DATABASE_URL') roleEnv[`${prefix}_MIGRATION_DATABASE_URL`] = databaseEnv[`${prefix}_MIGRATION_DATABASE_URL`];
        const child = spawn(process.execPath, [join(servicesDir, service, 'dist', `${tool}.js`), ...args], {
          stdio: 'inherit',
          env: childEnvironment({ TERUGKEER_MODE: 'development', ...roleEnv }),
        });
        child.once('exit', (exitCode) => resolveExit(exitCode ?? 1));
      }),
    service,
  );
  // The embedded database's shutdown resets the exit code; the tool's own must win.
  process.exit(code);
}
