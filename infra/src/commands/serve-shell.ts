import { startFrontendServers } from '../platform/frontend-server.js';
import { DEVELOPMENT_PORTS, portsFromEnv, shiftedPorts } from '../platform/ports.js';

/**
 * Only the shell, with a /config.js of its own: a gateway elsewhere, production mode, an
 * OpenID provider. The OIDC browser test runs one beside the test platform this way.
 */
export async function runServeShell(): Promise<void> {
  const ports = portsFromEnv(shiftedPorts(DEVELOPMENT_PORTS));
  const shell = await startFrontendServers(ports, ['shell']);
  console.log(`shell ready at http://localhost:${ports.shell}`);
  const stop = async () => {
    await shell.stop();
    process.exit(0);
  };
  const onSignal = () => {
    stop().catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}
