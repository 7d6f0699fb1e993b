import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LauncherConfig } from '../config.js';
import { startPlatform, type RunningPlatform } from '../platform/platform.js';
import { DEVELOPMENT_PORTS, shiftedPorts, type PlatformPorts } from '../platform/ports.js';
import type { BenchReport } from './report.js';

/** Benchmarks run their platforms 20000 ports above development, so they run beside `npm start` and `npm test`. */
export const BENCH_PORTS = shiftedPorts(DEVELOPMENT_PORTS, 20000);

export interface BenchPlatformOptions {
  /** Loads pg_stat_statements, so a benchmark can count the statements the services send. */
  countStatements?: boolean;
  seedDemoData?: boolean;
}

export interface BenchPlatform {
  ports: PlatformPorts;
  gatewayUrl: string;
  /** The superuser's URL (tools, counting, direct reads); the services use their own roles. */
  databaseUrl: string;
  env: Record<string, string>;
  /** A development token for a user, from the gateway. */
  token: (email: string) => Promise<string>;
  stop: () => Promise<void>;
}

export interface BenchContext {
  config: LauncherConfig;
  log: (message: string) => void;
  /** How many times a measured step repeats for its median (`--rounds`). */
  rounds: number;
  /** The share of their full data size the large benchmarks use (`--scale`, 1 by default). */
  scale: number;
  /** A fresh platform of the benchmark's own (data directory and ports); the harness stops it after the run. */
  startPlatform: (options?: BenchPlatformOptions) => Promise<BenchPlatform>;
  /** A fresh directory below `.data/bench/<name>` for the benchmark's files. */
  workDir: (part: string) => string;
}

/** One benchmark: a module under `infra/src/bench/`, registered in `benchmarks.ts`. */
export interface Benchmark {
  name: string;
  title: string;
  run(context: BenchContext): Promise<BenchReport>;
}

export async function devToken(gatewayUrl: string, email: string): Promise<string> {
  const response = await fetch(`${gatewayUrl}/auth/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (!response.ok) throw new Error(`No development token for ${email}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** The context of one benchmark, and what stops everything it started. */
export function benchContext(config: LauncherConfig, name: string, rounds: number, scale = 1): { context: BenchContext; cleanUp: () => Promise<void> } {
  const log = (message: string) => console.log(`${name.padEnd(14).slice(0, 14)}│ ${message}`);
  const running: RunningPlatform[] = [];
  const root = resolve(config.dataRoot, 'bench', name);
  const context: BenchContext = {
    config,
    log,
    rounds,
    scale,
    workDir: (part) => {
      const dir = resolve(root, part);
      rmSync(dir, { recursive: true, force: true });
      return dir;
    },
    startPlatform: async (options = {}) => {
      const ports = shiftedPorts(BENCH_PORTS, config.portOffset);
      const dataDir = context.workDir('platform');
      const platform = await startPlatform({
        ports,
        dataDir,
        databaseUrl: config.benchDatabaseUrl,
        seedDemoData: options.seedDemoData ?? false,
        frontends: null,
        // The services' logs go to files; the terminal shows only warnings and errors.
        output: { logDirectory: resolve(dataDir, 'logs'), showOnTerminal: (entry) => ['warn', 'error', 'fatal'].includes(entry.level) },
        postgresSettings: options.countStatements ? { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'all' } : {},
        log,
      });
      running.push(platform);
      const gatewayUrl = `http://localhost:${ports.gateway}`;
      return {
        ports,
        gatewayUrl,
        databaseUrl: platform.env.DATABASE_URL,
        env: platform.env,
        token: (email) => devToken(gatewayUrl, email),
        stop: async () => {
          running.splice(running.indexOf(platform), 1);
          await platform.stop();
        },
      };
    },
  };
  return {
    context,
    cleanUp: async () => {
      for (const platform of running.splice(0).reverse()) await platform.stop();
    },
  };
}
