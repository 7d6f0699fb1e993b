import { startFrontendServers } from '../platform/frontend-server.js';
import { DEVELOPMENT_PORTS, portsFromEnv, shiftedPorts } from '../platform/ports.js';
import { stopOnUnhandledRejection } from '../platform/unhandled-rejection.js';

/**
 * Only the shell, with a /config.js of its own: a gateway elsewhere, production mode, an
 * OpenID provider. The OIDC browser test runs one beside the test platform this way.
 */
export async function runServeShell(): Promise<void> {
  const ports = portsFromEnv(shiftedPorts(DEVELOPMENT_PORTS));
  const shell = await startFrontendServers(ports, ['shell']);
  stopOnUnhandledRejection(shell.stop);
  console.log(`shell ready at http://localhost:${ports.shell}`);
  const stop = async () => {
    await shell.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
