import { join } from 'node:path';
import { startEmbeddedPostgres, type RunningDatabase } from '../postgres/embedded-postgres.js';
import { servicesDir } from '../paths.js';
import { closeLogFiles, runNodeScript, startNodeProcess, stopProcesses, waitForHealth, type ManagedProcess, type ProcessOutput } from './child-processes.js';
import { startFrontendServers } from './frontend-server.js';
import { platformEnv, type PlatformPorts } from './ports.js';

export interface PlatformOptions {
  ports: PlatformPorts;
  dataDir: string;
  /** An existing PostgreSQL; when absent the embedded one is started. */
  databaseUrl?: string;
  seedDemoData: boolean;
  serveFrontends: boolean;
  log: (message: string) => void;
  /** Where the processes' output is kept besides the terminal, and what of it the terminal shows. */
  output?: ProcessOutput;
}

export interface RunningPlatform {
  env: Record<string, string>;
  stop(): Promise<void>;
}

const SUBGRAPHS = ['case', 'scheduling', 'reporting'] as const;
const script = (service: string, name: string) => join(servicesDir, service, 'dist', `${name}.js`);

/** Database, migrations, demo data, the three subgraphs, the gateway and the frontends, in order. */
export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const { ports, log, output } = options;
  const processes: ManagedProcess[] = [];
  let database: RunningDatabase | null = null;
  let frontends: { stop(): Promise<void> } | null = null;

  const stop = async () => {
    await frontends?.stop();
    await stopProcesses([...processes].reverse());
    await closeLogFiles();
    await database?.stop();
  };

  try {
    let databaseUrl = options.databaseUrl;
    if (!databaseUrl) {
      const started = Date.now();
      database = await startEmbeddedPostgres({ dataDir: options.dataDir, port: ports.database, database: 'terugkeer', log });
      databaseUrl = database.url;
      log(`PostgreSQL ready on port ${ports.database} (${Date.now() - started} ms).`);
    }
    const env = platformEnv(ports, databaseUrl, options.dataDir);

    for (const service of SUBGRAPHS) await runNodeScript(`${service}`, script(service, 'migrate'), env, output);
    if (options.seedDemoData) {
      await runNodeScript('case', script('case', 'seed'), env, output);
      await runNodeScript('scheduling', script('scheduling', 'seed'), env, output);
    }

    const subgraphs = SUBGRAPHS.map((service, index) => startNodeProcess(service, script(service, 'main'), env, index, output));
    processes.push(...subgraphs);
    const gateway = startNodeProcess('gateway', script('gateway', 'main'), env, 3, output);
    processes.push(gateway);
    await Promise.all([
      ...subgraphs.map((p, i) => waitForHealth(p.name, `http://127.0.0.1:${ports[SUBGRAPHS[i]]}/healthz`, p)),
      waitForHealth('gateway', `http://127.0.0.1:${ports.gateway}/.well-known/jwks.json`, gateway),
    ]);
    await waitForHealth('gateway', `http://127.0.0.1:${ports.gateway}/healthz`, gateway);

    if (options.serveFrontends) frontends = await startFrontendServers(ports);
    return { env, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
