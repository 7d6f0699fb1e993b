import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { childEnvironment, type LauncherConfig } from '../config.js';
import { servicesDir } from '../paths.js';
import { withDatabase } from './with-database.js';

/**
 * Runs one of the case service's command-line tools (import, audit, retention) against
 * the development database (or DATABASE_URL). Its output, with a JSON summary as the last
 * line, passes straight through; its exit code becomes ours.
 */
export async function runCaseTool(config: LauncherConfig, tool: 'import-cli' | 'audit-cli' | 'retention-cli', args: string[]): Promise<void> {
  return runServiceTool(config, 'case', tool, args);
}

/** The reporting service's tool: `rebuild-cli` empties the read model and replays every received event. */
export async function runReportingTool(config: LauncherConfig, tool: 'rebuild-cli', args: string[]): Promise<void> {
  return runServiceTool(config, 'reporting', tool, args);
}

async function runServiceTool(config: LauncherConfig, service: 'case' | 'reporting', tool: string, args: string[]): Promise<void> {
  const log = (message: string) => console.error(`terugkeer │ ${message}`);
  const code = await withDatabase(
    config,
    log,
    (databaseUrl) =>
      new Promise<number>((resolveExit) => {
        const child = spawn(process.execPath, [join(servicesDir, service, 'dist', `${tool}.js`), ...args], {
          stdio: 'inherit',
          env: childEnvironment({
            TERUGKEER_MODE: 'development',
            DATABASE_URL: databaseUrl,
            CASE_DATABASE_URL: databaseUrl,
            REPORTING_DATABASE_URL: databaseUrl,
          }),
        });
        child.once('exit', (exitCode) => resolveExit(exitCode ?? 1));
      }),
    service,
  );
  // The embedded database's shutdown resets the exit code; the tool's own must win.
  process.exit(code);
}
