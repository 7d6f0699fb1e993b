import { exitOnConfigurationError } from '@terugkeer/env';
import { runBackup, runRestore } from './commands/backup.js';
import { runBenchPart } from './commands/bench-part.js';
import { runBenchmarks } from './commands/bench.js';
import { runCaseTool, runReportingTool } from './commands/case-tools.js';
import { runEventsTool } from './commands/events.js';
import { runServeShell } from './commands/serve-shell.js';
import { runStart } from './commands/start.js';
import { runTests } from './commands/test.js';
import { readLauncherConfig, requireDevelopmentLauncher, type LauncherConfig } from './config.js';
import { repoRoot } from './paths.js';

const USAGE = `Usage:
  npm start                      start the whole platform with demo data
  npm test [-- <jest args>]      run every test against a fresh platform
  npm run terugkeer -- import --organization "<name>" --employees <file.csv> --absences <file.csv>
                    [--case-manager-email <email>] [--full-time-hours 40]
  npm run terugkeer -- audit verify        check the audit log's hash chain
  npm run terugkeer -- retention purge [--dry-run]   delete what is past its retention period
  npm run terugkeer -- analytics-client create --organization "<name>" | --provider "<name>"
                    a service account for analysts: prints its client id and its secret, once
  npm run terugkeer -- analytics-client list | revoke <client id>
  npm run terugkeer -- reporting rebuild   rebuild the reporting read model from the events it received
  npm run terugkeer -- events dead-letters [--service <name>]   events a service could not apply, with the reason
  npm run terugkeer -- events replay [--service <name>] [--id <event id>]   apply them again; removes each that succeeds
import { runBackup, runRestore } from './commands/backup.js';
import { runBenchPart } from './commands/bench-part.js';
import { runBenchmarks } from './commands/bench.js';
  npm run terugkeer -- serve-shell   serve only the built shell on SHELL_PORT, its /config.js from the
                    environment (TERUGKEER_MODE, GATEWAY_PORT, OIDC_ISSUER, OIDC_CLIENT_ID)

Every command but serve-shell runs the development platform, in TERUGKEER_MODE=development.
The variables are in .env.example.`;

/** A bad variable of the launcher's own environment stops it with the variable's name and why. */
export async function main(args: string[]): Promise<void> {
  try {
    await run(args, readLauncherConfig(repoRoot));
  } catch (error) {
    exitOnConfigurationError(error);
    throw error;
  }
}

async function run([command, ...rest]: string[], config: LauncherConfig): Promise<void> {
  const development = (name: string) => requireDevelopmentLauncher(config, name);
  switch (command) {
    case 'start':
      development('npm start');
      return runStart(config);
    case 'test':
      development('npm test');
      return runTests(config, rest);
    case 'bench':
      development('the benchmarks');
      return runBenchmarks(config, rest);
    case 'bench-gateway':
    case 'bench-cpu':
    case 'bench-events':
    case 'bench-frontend':
      development('the benchmark');
      return runBenchPart(config, command.slice('bench-'.length));
    case 'serve-shell':
      return runServeShell(config);
    case 'import':
      development('npm run terugkeer -- import');
      return runCaseTool(config, 'import-cli', rest);
    case 'generate':
      development('npm run terugkeer -- generate');
      return runCaseTool(config, 'generate-cli', rest);
    case 'audit':
      development('npm run terugkeer -- audit');
      return runCaseTool(config, 'audit-cli', rest);
    case 'retention':
      development('npm run terugkeer -- retention');
      return runCaseTool(config, 'retention-cli', rest);
    case 'analytics-client':
      development('npm run terugkeer -- analytics-client');
      return runCaseTool(config, 'analytics-client-cli', rest);
    case 'reporting':
      development('npm run terugkeer -- reporting');
      return runReportingTool(config, 'rebuild-cli', rest);
    case 'backup':
      development('npm run terugkeer -- backup');
      return runBackup(config, rest);
    case 'restore':
      development('npm run terugkeer -- restore');
      return runRestore(config, rest);
    case 'events':
      development('npm run terugkeer -- events');
      return runEventsTool(config, rest);
    default:
      console.log(USAGE);
      process.exitCode = command ? 2 : 0;
  }
}
