import { resolve } from 'node:path';
import type { LauncherConfig } from '../config.js';
import { developmentBackupPaths } from './backup.js';
import { developmentFrontends } from '../platform/frontend-server.js';
import { startPlatform } from '../platform/platform.js';
import { configuredPorts, DEVELOPMENT_PORTS } from '../platform/ports.js';
import { stopOnSignals } from '../platform/stop-on-signals.js';
import { stopOnUnhandledRejection } from '../platform/unhandled-rejection.js';

export const DEMO_LOGINS = [
  ['werknemer@demo.test', 'employee Sanne de Vries (open case)'],
  ['leidinggevende@demo.test', 'her manager'],
  ['hr@demo.test', 'case manager, Zorggroep Demo'],
  ['bedrijfsarts@arbo.test', 'company doctor, Arbo Demo'],
  ['coach@arbo.test', 'coach, Arbo Demo'],
  ['werknemer@andere.test', 'employee, Andere BV'],
  ['leidinggevende@andere.test', 'manager, Andere BV'],
  ['hr@andere.test', 'case manager, Andere BV'],
] as const;

export async function runStart(config: LauncherConfig): Promise<void> {
  const started = Date.now();
  const ports = configuredPorts(DEVELOPMENT_PORTS, config);
  let stopPlatform = async () => {};
  stopOnUnhandledRejection(() => stopPlatform());
  stopOnSignals(async () => {
    await stopPlatform();
    console.log('Stopped.');
  }, 0);
  await startPlatform({
    onStoppable: (stop) => (stopPlatform = stop),
    ports,
    dataDir: resolve(config.dataRoot, 'dev'),
    databaseUrl: config.databaseUrl,
    // Archived so that `npm run terugkeer -- restore --to <time>` can go back to any moment since a backup.
    walArchiveDir: developmentBackupPaths(config).archiveDir,
    seedDemoData: true,
    frontends: developmentFrontends(config),
    log: (message) => console.log(`platform  │ ${message}`),
  });

  console.log(`
  Terugkeer is running in development mode (started in ${((Date.now() - started) / 1000).toFixed(1)} s).

  ➜ Open http://localhost:${ports.shell} and pick a demo user:
${DEMO_LOGINS.map(([email, who]) => `      ${email.padEnd(28)} ${who}`).join('\n')}

  Gateway  http://localhost:${ports.gateway}/graphql   (token: POST /auth/dev/token {"email": "…"})
  Intranet http://localhost:${ports.embedExample}   (an example page embedding a screen)
  Health   http://localhost:${ports.gateway}/healthz
  Press Ctrl-C to stop everything, the database included.
`);
}
