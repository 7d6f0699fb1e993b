import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { childEnvironment } from '../config.js';
import { repoRoot } from '../paths.js';
import { BENCH_PORTS, devToken, type Benchmark } from './harness.js';
import { runLoad } from './load.js';
import { median } from './stats.js';
import { descendants, memoryByPart, processTable } from './process-memory.js';
import { DEVELOPMENT_PORTS } from '../platform/ports.js';

const WARM_STARTS = 3;
const LOAD_SECONDS = 15;
const LOAD_CONNECTIONS = 20;
const dashboardQuery = `{ viewer { cases(first: 20) { edges { node { id status firstSickDay employee { name } milestones { key dueDate }
  appointments { startsAt } progress { absenceDays } } } } } }`;

/**
 * `npm start` (installed and built: its install and build steps find nothing to do) until
 * the gateway is ready, first on an empty data directory and then on the data it made; and
 * the resident memory of each process at rest and under load through the gateway.
 */
export const startupMemory: Benchmark = {
  name: 'startup-memory',
  title: 'Start-up of npm start and memory per process',
  async run({ config, workDir, log }) {
    const dataRoot = workDir('data');
    // The platform `npm start` makes, moved to the benchmarks' ports.
    const portOffset = BENCH_PORTS.gateway - DEVELOPMENT_PORTS.gateway + config.portOffset;
    const gatewayUrl = `http://127.0.0.1:${DEVELOPMENT_PORTS.gateway + portOffset}`;
    const starts: { kind: string; seconds: number }[] = [];
    let memory: Awaited<ReturnType<typeof measureMemory>> | null = null;

    for (let round = 0; round <= WARM_STARTS; round += 1) {
      const kind = round === 0 ? 'first start (empty data directory)' : 'start on existing data';
      const started = performance.now();
      const child = spawn(process.execPath, [join(repoRoot, 'infra', 'bin', 'terugkeer.mjs'), 'start'], {
        cwd: repoRoot,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: childEnvironment({ TERUGKEER_DATA_DIR: dataRoot, TERUGKEER_PORT_OFFSET: String(portOffset), LOG_LEVEL: 'warn' }),
      });
      try {
        await waitForReady(`${gatewayUrl}/readyz`, child);
        const seconds = (performance.now() - started) / 1000;
        starts.push({ kind, seconds });
        log(`${kind}: ready after ${seconds.toFixed(1)} s`);
        if (round === WARM_STARTS && child.pid) memory = await measureMemory(child.pid, gatewayUrl, log);
      } finally {
        await stop(child);
      }
    }

    if (!memory) throw new Error('The platform was gone before its memory was measured.');
    const { rest, load: peak, traffic } = memory;
    const first = starts[0].seconds;
    const warm = median(starts.slice(1).map((s) => s.seconds));
    const parts = [...new Set([...Object.keys(rest), ...Object.keys(peak)])].sort();
    return {
      tables: [
        {
          title: 'From `npm start` to a ready gateway (`/readyz`), everything installed and built',
          columns: ['start', 'seconds'],
          rows: [
            ['first start: creates the database, migrates, seeds the demo data', first.toFixed(1)],
            [`start on the data it made, median of ${WARM_STARTS}`, warm.toFixed(1)],
          ],
        },
        {
          title: `Resident memory (RSS, MB) at rest and the most seen under load (${LOAD_CONNECTIONS} clients, ${LOAD_SECONDS} s, a case manager's dashboard through the gateway)`,
          columns: ['process', 'at rest MB', 'under load MB'],
          rows: [
            ...parts.map((part) => [part, (rest[part] ?? 0).toFixed(0), (peak[part] ?? 0).toFixed(0)]),
            ['all', sum(rest).toFixed(0), sum(peak).toFixed(0)],
          ],
        },
      ],
      notes: [
        `Under load the gateway answered ${traffic.perSecond.toFixed(0)} dashboards/s (p50 ${traffic.latencyMs.median.toFixed(0)} ms, p99 ${traffic.latencyMs.p99.toFixed(0)} ms, ${traffic.errors} errors); the load tool ran on the same machine.`,
        'The launcher process also serves the five frontends; PostgreSQL is the server with all its backends.',
      ],
      figures: { starts, memory },
    };
  },
};

const sum = (parts: Record<string, number>) => Object.values(parts).reduce((a, b) => a + b, 0);

async function waitForReady(url: string, child: ChildProcess, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start ended (${child.exitCode}) before the gateway was ready.`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The gateway was not ready within ${timeoutMs / 1000} s.`);
}

async function measureMemory(root: number, gatewayUrl: string, log: (message: string) => void) {
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const rest = memoryByPart(descendants(processTable(), root));
  const token = await devToken(gatewayUrl, 'hr@demo.test');
  const peak: Record<string, number> = {};
  const sampler = setInterval(() => {
    for (const [part, mb] of Object.entries(memoryByPart(descendants(processTable(), root)))) peak[part] = Math.max(peak[part] ?? 0, mb);
  }, 500);
  log(`loading the gateway for ${LOAD_SECONDS} s …`);
  const traffic = await runLoad(gatewayUrl, token, dashboardQuery, LOAD_CONNECTIONS, LOAD_SECONDS);
  clearInterval(sampler);
  return { rest, load: peak, traffic };
}

/**
 * Ctrl-C, as an operator stops it: the launcher stops everything it started. It is given
 * all the time it needs (a busy machine can take minutes); killing it would leave its
 * services running.
 */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  await exited;
}
