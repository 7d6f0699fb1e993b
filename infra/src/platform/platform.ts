import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../postgres/embedded-postgres.js';
import { bootstrapDatabaseRoles, databaseUrlEnv } from '../postgres/service-roles.js';
import { servicesDir } from '../paths.js';
import { closeLogFiles, runNodeScript, startNodeProcess, stopProcesses, waitForHealth, type ManagedProcess, type ProcessOutput } from './child-processes.js';
import { startFrontendServers, type FrontendSettings } from './frontend-server.js';
import { platformEnv, type PlatformPorts } from './ports.js';
import { supervise, type Running, type Supervised } from './supervisor.js';

export interface PlatformOptions {
  ports: PlatformPorts;
  dataDir: string;
  /** An existing PostgreSQL; when absent the embedded one is started. */
  databaseUrl?: string;
  /** Server settings of the embedded PostgreSQL (`-c name=value`), e.g. the benchmarks' statement counting. */
  postgresSettings?: Record<string, string>;
  seedDemoData: boolean;
  /** Where the embedded PostgreSQL archives its WAL, for point-in-time restores (`npm run terugkeer -- backup`); absent: no archiving. */
  walArchiveDir?: string;
  /** Variables every process gets besides the platform's own, e.g. where to send traces. */
  extraEnv?: Record<string, string>;
  /** How to serve the frontends; null: not at all. */
  frontends: FrontendSettings | null;
  log: (message: string) => void;
  /** Where the processes' output is kept besides the terminal, and what of it the terminal shows. */
  output?: ProcessOutput;
  /** Receives the stop as soon as there is something to stop, so that a signal during start-up stops what has started. */
  onStoppable?: (stop: () => Promise<void>) => void;
}

export interface RunningPlatform {
  /** What tools and tests need: the ports, the superuser's DATABASE_URL and every role's URL. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

const SUBGRAPHS = ['case', 'scheduling', 'reporting'] as const;
const SERVICES = [...SUBGRAPHS, 'gateway'] as const;
type Subgraph = (typeof SUBGRAPHS)[number];
type ServiceName = (typeof SERVICES)[number];
const script = (service: string, name: string) => join(servicesDir, service, 'dist', `${name}.js`);

/**
 * Database, migrations, demo data, the three subgraphs, the gateway and the frontends, in
 * order. The database and every service are supervised: one that dies is started again.
 */
export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const { ports, log, output } = options;
  const supervised: Supervised[] = [];
  /** Started but not yet handed to a supervisor (during start-up). */
  let unsupervised: ManagedProcess[] = [];
  const pids = new ProcessTable(join(options.dataDir, 'processes.json'));
  let frontends: { stop(): Promise<void> } | null = null;
  let databaseSupervisor: Supervised | null = null;

  const stop = async () => {
    await frontends?.stop();
    await stopProcesses(unsupervised.reverse());
    for (const part of [...supervised].reverse()) await part.stop();
    await databaseSupervisor?.stop();
    await closeLogFiles();
  };
  options.onStoppable?.(stop);

  try {
    /** A superuser's: it creates the services' roles, and no service process ever sees it. */
    let databaseUrl = options.databaseUrl;
    if (!databaseUrl) {
      const startDatabase = () =>
        startEmbeddedPostgres({
          dataDir: options.dataDir,
          port: ports.database,
          database: 'terugkeer',
          log,
          walArchiveDir: options.walArchiveDir,
          settings: options.postgresSettings,
        });
      const started = Date.now();
      const database = await startDatabase();
      databaseUrl = database.url;
      databaseSupervisor = supervise('PostgreSQL', database, startDatabase, log);
      log(`PostgreSQL ready on port ${ports.database} (${Date.now() - started} ms).`);
    }
    const env = { ...platformEnv(ports, options.dataDir), ...options.extraEnv };
    const databaseUrls = await bootstrapDatabaseRoles(databaseUrl, options.dataDir);
    const urlEnv = databaseUrlEnv(databaseUrls);
    // Seeds write rows through the services' own code, so they run as the runtime role: what the demo needs, the API may do.
    const asRuntime = (service: ServiceName) =>
      service === 'gateway' ? env : { ...env, [`${service.toUpperCase()}_DATABASE_URL`]: databaseUrls[service].runtime };
    const asOwner = (service: Subgraph) => ({ ...asRuntime(service), [`${service.toUpperCase()}_MIGRATION_DATABASE_URL`]: databaseUrls[service].migration });

    for (const service of SUBGRAPHS) await runNodeScript(`${service}`, script(service, 'migrate'), asOwner(service), output);
    if (options.seedDemoData) {
      await runNodeScript('case', script('case', 'seed'), asRuntime('case'), output);
      await runNodeScript('scheduling', script('scheduling', 'seed'), asRuntime('scheduling'), output);
    }

    // Readiness is each process's own: its database and queue, or the gateway's supergraph and keys, never the others'.
    const readyUrl = (service: ServiceName) => `http://127.0.0.1:${ports[service]}/readyz`;
    const launch = (service: ServiceName): ManagedProcess => {
      const managed = startNodeProcess(service, script(service, 'main'), asRuntime(service), SERVICES.indexOf(service), output);
      pids.set(service, managed.child.pid);
      return managed;
    };
    const asRunning = (managed: ManagedProcess): Running => ({ exited: managed.exited, stop: () => stopProcesses([managed]) });
    const relaunch = async (service: ServiceName): Promise<Running> => {
      const managed = launch(service);
      await waitForHealth(service, readyUrl(service), managed);
      return asRunning(managed);
    };

    const subgraphs = SUBGRAPHS.map(launch);
    const gateway = launch('gateway');
    unsupervised = [...subgraphs, gateway];
    await Promise.all([...subgraphs.map((p, i) => waitForHealth(p.name, readyUrl(SUBGRAPHS[i]), p)), waitForHealth('gateway', readyUrl('gateway'), gateway)]);
    [...subgraphs, gateway].forEach((managed, index) => supervised.push(supervise(SERVICES[index], asRunning(managed), () => relaunch(SERVICES[index]), log)));
    unsupervised = [];

    if (options.frontends) frontends = await startFrontendServers(ports, options.frontends);
    return { env: { ...env, DATABASE_URL: databaseUrl, ...urlEnv }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The process ids of the running services, kept in the data directory so that operators
 * and the fault-injection tests can find the current process after a restart.
 */
class ProcessTable {
  private readonly pids: Record<string, number> = {};

  constructor(private readonly file: string) {}

  set(name: string, pid: number | undefined): void {
    if (pid === undefined) return;
    this.pids[name] = pid;
    mkdirSync(join(this.file, '..'), { recursive: true });
    writeFileSync(this.file, `${JSON.stringify(this.pids, null, 2)}\n`);
  }
}
