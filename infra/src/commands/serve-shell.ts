import { requireShellLogin, shellOidcSettings, type LauncherConfig } from '../config.js';
import { startFrontendServers } from '../platform/frontend-server.js';
import { configuredPorts, DEVELOPMENT_PORTS } from '../platform/ports.js';
import { stopOnUnhandledRejection } from '../platform/unhandled-rejection.js';

/**
 * Only the shell, with a /config.js of its own: a gateway elsewhere, an OpenID provider.
 * It runs in the mode it is given (production when TERUGKEER_MODE is unset), so in
 * production it needs the provider; the OIDC browser test runs one beside the test platform.
 */
export async function runServeShell(config: LauncherConfig): Promise<void> {
  requireShellLogin(config);
  const ports = configuredPorts(DEVELOPMENT_PORTS, config);
  const shell = await startFrontendServers(
    ports,
    { mode: config.mode, host: config.host, oidc: shellOidcSettings(config.shellLogin), embedOrigins: config.embedOrigins },
    ['shell'],
  );
  stopOnUnhandledRejection(shell.stop);
  console.log(`shell ready at http://localhost:${ports.shell} (${config.mode} mode)`);
  const stop = async () => {
    await shell.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
