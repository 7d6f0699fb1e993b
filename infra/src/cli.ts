import { runBenchmark } from './commands/bench.js';
import { runCaseTool, runReportingTool } from './commands/case-tools.js';
import { runEventsTool } from './commands/events.js';
import { runServeShell } from './commands/serve-shell.js';
import { runStart } from './commands/start.js';
import { runTests } from './commands/test.js';

const USAGE = `Usage:
  npm start                      start the whole platform with demo data
  npm test [-- <jest args>]      run every test against a fresh platform
  npm run terugkeer -- import --organization "<name>" --employees <file.csv> --absences <file.csv>
                    [--case-manager-email <email>] [--full-time-hours 40]
  npm run terugkeer -- audit verify        check the audit log's hash chain
  npm run terugkeer -- retention purge [--dry-run]   delete what is past its retention period
  npm run terugkeer -- reporting rebuild   rebuild the reporting read model from the events it received
  npm run terugkeer -- events dead-letters [--service <name>]   events a service could not apply, with the reason
  npm run terugkeer -- events replay [--service <name>] [--id <event id>]   apply them again; removes each that succeeds
  npm run terugkeer -- bench     measure the case list against a baseline (figures, no assertions)
  npm run terugkeer -- serve-shell   serve only the built shell on SHELL_PORT, its /config.js from the
                    environment (GATEWAY_PORT, OIDC_ISSUER, OIDC_CLIENT_ID, NODE_ENV)`;

export async function main(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  switch (command) {
    case 'start':
      return runStart();
    case 'test':
      return runTests(rest);
    case 'bench':
      return runBenchmark();
    case 'serve-shell':
      return runServeShell();
    case 'import':
      return runCaseTool('import-cli', rest);
    case 'audit':
      return runCaseTool('audit-cli', rest);
    case 'retention':
      return runCaseTool('retention-cli', rest);
    case 'reporting':
      return runReportingTool('rebuild-cli', rest);
    case 'events':
      return runEventsTool(rest);
    default:
      console.log(USAGE);
      process.exitCode = command ? 2 : 0;
  }
}
