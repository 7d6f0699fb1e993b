import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { servicesDir } from '../paths.js';
import { atLeast } from '../platform/log-lines.js';
import { startNodeProcess, stopProcesses, type ManagedProcess } from '../platform/child-processes.js';
import { devToken, median, startBenchPlatform, type BenchContext, type BenchPlatform, type Benchmark } from './bench-context.js';
import { DASHBOARD_EMAIL, DASHBOARD_QUERY } from './dashboard.js';
import { measureCpu, postLoad, type LoadResult } from './autocannon-load.js';

/** Each target's load runs this long (BENCH_SECONDS overrides), at each of these connection counts. */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = [10, 50];
const ROUNDS = 2;

interface Target {
  key: string;
  label: string;
  url: string;
  /** The processes whose CPU this target spends: its own and the subgraphs'. */
  pids: Record<string, number>;
}

interface Run extends LoadResult {
  target: string;
  connections: number;
  round: number;
  cpuMsPerRequest: Record<string, number>;
}

const benchDir = join(servicesDir, '..', 'infra', 'dist', 'bench');
const childEnv = (platform: BenchPlatform, extra: Record<string, string>) => ({
  ...Object.fromEntries(Object.entries(platform.env).filter(([name]) => !name.endsWith('DATABASE_URL'))),
  ...extra,
});

function pidOf(managed: ManagedProcess): number {
  if (managed.child.pid === undefined) throw new Error(`${managed.name} did not start.`);
  return managed.child.pid;
}

async function waitUntilAnswering(url: string, token: string, managed: ManagedProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (managed.child.exitCode !== null) throw new Error(`${managed.name} exited during start-up.`);
    // eslint-disable-next-line no-restricted-syntax -- not answering yet is what this loop waits out
    const cases = await dashboardCaseCount(url, token).catch(() => null);
    if (cases !== null) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${managed.name} did not answer at ${url}.`);
}

async function dashboardCaseCount(url: string, token: string): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: DASHBOARD_QUERY }),
  });
  const body = (await response.json()) as {
    data?: { viewer: { cases: { edges: { node: { appointments: unknown[]; progress: unknown } }[] } } };
    errors?: unknown[];
  };
  if (!body.data || body.errors?.length) throw new Error(`The dashboard failed at ${url}: ${JSON.stringify(body.errors)}`);
  const edges = body.data.viewer.cases.edges;
  if (!edges.every((edge) => Array.isArray(edge.node.appointments))) throw new Error(`${url} answered without appointments.`);
  return edges.length;
}

/**
 * The dashboard query at 10 and 50 connections against our gateway with each query
 * planner, a bare @apollo/gateway and the subgraph calls made directly (the floor), in
 * alternating order over two rounds; throughput, latency percentiles, CPU per request and
 * ratios against @apollo/gateway and the floor measured in the same run.
 */
export const gatewayBenchmark: Benchmark = {
  name: 'gateway',
  async run(context: BenchContext) {
    const platform = await startBenchPlatform(context, 'gateway');
    const extra: ManagedProcess[] = [];
    try {
      const pids = JSON.parse(readFileSync(join(platform.dataDir, 'processes.json'), 'utf8')) as Record<string, number>;
      const subgraphPids = { case: pids.case, scheduling: pids.scheduling, reporting: pids.reporting };
      const gatewayUrl = `http://127.0.0.1:${platform.ports.gateway}`;
      const token = await devToken(gatewayUrl, DASHBOARD_EMAIL);
      const shippedPlanner = process.env.GATEWAY_QUERY_PLANNER ?? 'javascript';
      const otherPlanner = shippedPlanner === 'rust' ? 'javascript' : 'rust';
      const port = (n: number) => String(platform.ports.gateway + n);
      const launch = (name: string, script: string, env: Record<string, string>) => {
        const managed = startNodeProcess(name, script, childEnv(platform, env), 4, { showOnTerminal: (entry) => atLeast(entry, 'warn') });
        extra.push(managed);
        return managed;
      };
      const supergraph = join(servicesDir, 'gateway', 'supergraph.graphql');
      const ours = launch('gateway-2', join(servicesDir, 'gateway', 'dist', 'main.js'), {
        GATEWAY_PORT: port(1),
        GATEWAY_METRICS_PORT: port(4),
        GATEWAY_QUERY_PLANNER: otherPlanner,
      });
      const apollo = launch('apollo-gw', join(benchDir, 'servers', 'apollo-gateway.js'), { BENCH_GATEWAY_PORT: port(2), SUPERGRAPH_PATH: supergraph });
      const floor = launch('direct', join(benchDir, 'servers', 'direct-subgraphs.js'), { BENCH_GATEWAY_PORT: port(3) });
      const targets: Target[] = [
        {
          key: `ours-${shippedPlanner}`,
          label: `our gateway (${shippedPlanner} planner)`,
          url: `${gatewayUrl}/graphql`,
          pids: { gateway: pids.gateway, ...subgraphPids },
        },
        {
          key: `ours-${otherPlanner}`,
          label: `our gateway (${otherPlanner} planner)`,
          url: `http://127.0.0.1:${port(1)}/graphql`,
          pids: { gateway: pidOf(ours), ...subgraphPids },
        },
        { key: 'apollo', label: '@apollo/gateway', url: `http://127.0.0.1:${port(2)}/graphql`, pids: { gateway: pidOf(apollo), ...subgraphPids } },
        { key: 'floor', label: 'subgraphs called directly', url: `http://127.0.0.1:${port(3)}/graphql`, pids: { gateway: pidOf(floor), ...subgraphPids } },
      ];
      for (const [target, managed] of [
        [targets[1], ours],
        [targets[2], apollo],
        [targets[3], floor],
      ] as const)
        await waitUntilAnswering(target.url, token, managed);
      const counts = await Promise.all(targets.map((target) => dashboardCaseCount(target.url, token)));
      if (new Set(counts).size !== 1) throw new Error(`The targets disagree on the dashboard: ${counts.join(', ')} cases.`);
      context.log(`dashboard: ${counts[0]} cases; every target answers it`);

      const body = JSON.stringify({ query: DASHBOARD_QUERY, operationName: 'TeamCases_CasesQuery' });
      for (const target of targets) await postLoad(target.url, token, body, 10, 3);
      const runs: Run[] = [];
      for (let round = 1; round <= ROUNDS; round += 1) {
        const order = round % 2 === 1 ? targets : [...targets].reverse();
        for (const connections of CONNECTIONS) {
          for (const target of order) {
            const { result, cpuMs } = await measureCpu(target.pids, () => postLoad(target.url, token, body, connections, SECONDS));
            const cpuMsPerRequest = Object.fromEntries(Object.entries(cpuMs).map(([name, ms]) => [name, ms / Math.max(1, result.requests)]));
            runs.push({ target: target.key, connections, round, ...result, cpuMsPerRequest });
            context.log(
              `round ${round}, ${connections} connections, ${target.label}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ` +
                `gateway CPU ${cpuMsPerRequest.gateway.toFixed(2)} ms/request${result.errors + result.non2xx ? `, ${result.errors} errors, ${result.non2xx} non-2xx` : ''}`,
            );
          }
        }
      }
      const summary = summarize(targets, runs);
      context.writeResults('gateway', { seconds: SECONDS, rounds: ROUNDS, cases: counts[0], summary, runs }, markdownTable(targets, summary));
      console.log(`\n${markdownTable(targets, summary)}`);
    } finally {
      await stopProcesses(extra);
      await platform.stop();
    }
  },
};

interface Summary {
  target: string;
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  gatewayCpuMs: number;
  subgraphsCpuMs: number;
  throughputVsApollo: number;
  p50VsFloor: number;
}

function summarize(targets: Target[], runs: Run[]): Summary[] {
  const rows: Omit<Summary, 'throughputVsApollo' | 'p50VsFloor'>[] = [];
  for (const connections of CONNECTIONS) {
    for (const target of targets) {
      const mine = runs.filter((run) => run.target === target.key && run.connections === connections);
      rows.push({
        target: target.key,
        connections,
        requestsPerSecond: median(mine.map((run) => run.requestsPerSecond)),
        p50Ms: median(mine.map((run) => run.p50Ms)),
        p95Ms: median(mine.map((run) => run.p95Ms)),
        p99Ms: median(mine.map((run) => run.p99Ms)),
        gatewayCpuMs: median(mine.map((run) => run.cpuMsPerRequest.gateway)),
        subgraphsCpuMs: median(mine.map((run) => run.cpuMsPerRequest.case + run.cpuMsPerRequest.scheduling + run.cpuMsPerRequest.reporting)),
      });
    }
  }
  return rows.map((row) => {
    const apollo = rows.find((other) => other.target === 'apollo' && other.connections === row.connections);
    const floor = rows.find((other) => other.target === 'floor' && other.connections === row.connections);
    return { ...row, throughputVsApollo: row.requestsPerSecond / (apollo?.requestsPerSecond ?? NaN), p50VsFloor: row.p50Ms / (floor?.p50Ms ?? NaN) };
  });
}

function markdownTable(targets: Target[], summary: Summary[]): string {
  const label = (key: string) => targets.find((target) => target.key === key)?.label ?? key;
  const lines = [
    `Dashboard query (TeamCases_CasesQuery), ${SECONDS} s per run, medians of ${ROUNDS} rounds in alternating order.`,
    '',
    '| target | connections | req/s | p50 ms | p95 ms | p99 ms | × @apollo/gateway req/s | p50 × floor | gateway CPU ms/req | subgraphs CPU ms/req |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...summary.map(
      (row) =>
        `| ${label(row.target)} | ${row.connections} | ${row.requestsPerSecond.toFixed(0)} | ${row.p50Ms.toFixed(0)} | ${row.p95Ms.toFixed(0)} | ${row.p99Ms.toFixed(0)} | ` +
        `${row.throughputVsApollo.toFixed(2)} | ${row.p50VsFloor.toFixed(2)} | ${row.gatewayCpuMs.toFixed(2)} | ${row.subgraphsCpuMs.toFixed(2)} |`,
    ),
  ];
  return lines.join('\n');
}

export default gatewayBenchmark;
