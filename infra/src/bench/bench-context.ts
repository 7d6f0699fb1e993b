import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LauncherConfig } from '../config.js';
import { repoRoot } from '../paths.js';
import { startPlatform, type RunningPlatform } from '../platform/platform.js';
import { DEVELOPMENT_PORTS, shiftedPorts, type PlatformPorts } from '../platform/ports.js';
import type { FrontendSettings } from '../platform/frontend-server.js';
import { atLeast } from '../platform/log-lines.js';

/** What a benchmark gets from whoever runs it: where to run, how to report, where to write. */
export interface BenchContext {
  config: LauncherConfig;
  log: (message: string) => void;
  /** Keeps a benchmark's figures: `<name>.json` and `<name>.md` under bench/results. */
  writeResults: (name: string, json: unknown, markdown: string) => void;
}

export interface Benchmark {
  name: string;
  run(context: BenchContext): Promise<void>;
}

export const RESULTS_DIR = resolve(repoRoot, 'bench', 'results');

export function writeResultFiles(name: string, json: unknown, markdown: string): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(join(RESULTS_DIR, `${name}.md`), markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}

/** These benchmarks run 25000 ports above development (plus the offset): beside `npm start`, `npm test` and `npm run terugkeer -- bench` (20000). */
export function benchPorts(config: LauncherConfig): PlatformPorts {
  const ports = Object.fromEntries(Object.entries(DEVELOPMENT_PORTS).map(([name, port]) => [name, port + 25000])) as unknown as PlatformPorts;
  return shiftedPorts(ports, config.portOffset);
}

export interface BenchPlatform extends RunningPlatform {
  ports: PlatformPorts;
  dataDir: string;
}

/** A fresh development platform with the demo data in a data directory of the benchmark's own. */
export async function startBenchPlatform(context: BenchContext, name: string, frontends: FrontendSettings | null = null): Promise<BenchPlatform> {
  const dataDir = resolve(context.config.dataRoot, `bench-${name}`);
  rmSync(dataDir, { recursive: true, force: true });
  const ports = benchPorts(context.config);
  const platform = await startPlatform({
    ports,
    dataDir,
    databaseUrl: context.config.benchDatabaseUrl,
    seedDemoData: true,
    frontends,
    log: context.log,
    // A line per request would drown the figures; warnings and errors still show.
    output: { showOnTerminal: (entry) => atLeast(entry, 'warn') },
  });
  return { ...platform, ports, dataDir };
}

/** The development login's token for one of the demo's people. */
export async function devToken(gatewayUrl: string, email: string): Promise<string> {
  const response = await fetch(`${gatewayUrl}/auth/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (!response.ok) throw new Error(`No development token for ${email}: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
