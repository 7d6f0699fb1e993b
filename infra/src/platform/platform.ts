import { join } from 'node:path';
import { startEmbeddedPostgres, type RunningDatabase } from '../postgres/embedded-postgres.js';
import { servicesDir } from '../paths.js';
import { runNodeScript, startNodeProcess, stopProcesses, waitForHealth, type ManagedProcess } from './child-processes.js';
import { startFrontendServers, type FrontendSettings } from './frontend-server.js';
import { platformEnv, type PlatformPorts } from './ports.js';

export interface PlatformOptions {
  ports: PlatformPorts;
  dataDir: string;
  /** An existing PostgreSQL; when absent the embedded one is started. */
  databaseUrl?: string;
  seedDemoData: boolean;
  /** How to serve the frontends; null: not at all. */
  frontends: FrontendSettings | null;
  log: (message: string) => void;
}

export interface RunningPlatform {
  env: Record<string, string>;
  stop(): Promise<void>;
}

const SUBGRAPHS = ['case', 'scheduling', 'reporting'] as const;
const script = (service: string, name: string) => join(servicesDir, service, 'dist', `${name}.js`);

/** Database, migrations, demo data, the three subgraphs, the gateway and the frontends, in order. */
export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const { ports, log } = options;
  const processes: ManagedProcess[] = [];
  let database: RunningDatabase | null = null;
  let frontends: { stop(): Promise<void> } | null = null;

  const stop = async () => {
    await frontends?.stop();
    await stopProcesses([...processes].reverse());
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

    for (const service of SUBGRAPHS) await runNodeScript(`${service}`, script(service, 'migrate'), env);
    if (options.seedDemoData) {
      await runNodeScript('case', script('case', 'seed'), env);
      await runNodeScript('scheduling', script('scheduling', 'seed'), env);
    }

    const subgraphs = SUBGRAPHS.map((service, index) => startNodeProcess(service, script(service, 'main'), env, index));
    processes.push(...subgraphs);
    const gateway = startNodeProcess('gateway', script('gateway', 'main'), env, 3);
    processes.push(gateway);
    await Promise.all([
      ...subgraphs.map((p, i) => waitForHealth(p.name, `http://127.0.0.1:${ports[SUBGRAPHS[i]]}/healthz`, p)),
      waitForHealth('gateway', `http://127.0.0.1:${ports.gateway}/.well-known/jwks.json`, gateway),
    ]);
    await waitForHealth('gateway', `http://127.0.0.1:${ports.gateway}/healthz`, gateway);

    if (options.frontends) frontends = await startFrontendServers(ports, options.frontends);
    return { env, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
