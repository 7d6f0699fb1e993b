import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { devToken, startBenchPlatform, type BenchContext, type Benchmark } from './bench-context.js';
import { DASHBOARD_EMAIL, DASHBOARD_QUERY } from './dashboard.js';
import { measureCpu, postLoad } from './autocannon-load.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const TOP = 25;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: a package of node_modules, one of ours, or Node itself. */
function owner(url: string): string {
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [first, second] = url.slice(modules + '/node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const ours = /\/(services|packages|infra)\/([^/]+)\//.exec(url);
  if (ours) return `@terugkeer/${ours[2]}`;
  return url.startsWith('node:') ? 'node' : url ? 'other' : '(native, gc, idle)';
}

/** Self time per function and per package of one profile, in milliseconds. */
function selfTimes(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, index) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    const name = `${functionName || '(anonymous)'} ${url.replace(/^.*\/node_modules\//, '').replace(/^.*\/(services|packages)\//, '$1/')}:${lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + us / 1000);
    packages.set(owner(url), (packages.get(owner(url)) ?? 0) + us / 1000);
  }
  const top = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  return { functions: top(functions), packages: top(packages) };
}

/**
 * Profiles the dashboard path with Node's --cpu-prof: every service of a bench platform
 * writes a profile while the dashboard runs at 10 connections; prints CPU per request per
 * process and where each process spends it (self time by package and by function).
 */
export const cpuProfileBenchmark: Benchmark = {
  name: 'cpu-profile',
  async run(context: BenchContext) {
    const profileDir = join(context.config.dataRoot, 'bench-cpu-profiles');
    rmSync(profileDir, { recursive: true, force: true });
    mkdirSync(profileDir, { recursive: true });
    const previousOptions = process.env.NODE_OPTIONS;
    // Children inherit the launcher's environment: every service of this platform profiles itself.
    process.env.NODE_OPTIONS = `${previousOptions ?? ''} --cpu-prof --cpu-prof-dir=${profileDir}`.trim();
    const platform = await startBenchPlatform(context, 'cpu-profile').finally(() => {
      if (previousOptions === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = previousOptions;
    });
    let perRequest: Record<string, number>;
    let requests: number;
    const pids = JSON.parse(readFileSync(join(platform.dataDir, 'processes.json'), 'utf8')) as Record<string, number>;
    try {
      const gatewayUrl = `http://127.0.0.1:${platform.ports.gateway}`;
      const token = await devToken(gatewayUrl, DASHBOARD_EMAIL);
      const body = JSON.stringify({ query: DASHBOARD_QUERY, operationName: 'TeamCases_CasesQuery' });
      await postLoad(`${gatewayUrl}/graphql`, token, body, CONNECTIONS, 3);
      const { result, cpuMs } = await measureCpu(pids, () => postLoad(`${gatewayUrl}/graphql`, token, body, CONNECTIONS, SECONDS));
      requests = result.requests;
      perRequest = Object.fromEntries(Object.entries(cpuMs).map(([name, ms]) => [name, ms / Math.max(1, result.requests)]));
      context.log(
        `${result.requestsPerSecond.toFixed(0)} req/s at ${CONNECTIONS} connections; CPU ms per request: ${JSON.stringify(perRequest, (_, v: unknown) => (typeof v === 'number' ? Number(v.toFixed(2)) : v))}`,
      );
    } finally {
      await platform.stop();
    }
    const files = readdirSync(profileDir);
    const profiles: Record<string, ReturnType<typeof selfTimes> & { cpuMsPerRequest: number }> = {};
    for (const [service, pid] of Object.entries(pids)) {
      const file = files.find((name) => name.includes(`.${pid}.`));
      if (!file) continue;
      const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile;
      profiles[service] = { cpuMsPerRequest: perRequest[service], ...selfTimes(profile) };
    }
    const markdown = [
      `Dashboard query at ${CONNECTIONS} connections for ${SECONDS} s (${requests} requests), Node --cpu-prof in every service.`,
      '',
      '| process | CPU ms per request |',
      '|---|---:|',
      ...Object.entries(perRequest).map(([name, ms]) => `| ${name} | ${ms.toFixed(2)} |`),
      ...Object.entries(profiles).flatMap(([service, { packages, functions }]) => [
        '',
        `### ${service}: self time over the whole run (start-up included)`,
        '',
        '| package | ms |',
        '|---|---:|',
        ...packages.map(([name, ms]) => `| ${name} | ${ms.toFixed(0)} |`),
        '',
        '| function | ms |',
        '|---|---:|',
        ...functions.map(([name, ms]) => `| \`${name}\` | ${ms.toFixed(0)} |`),
      ]),
    ].join('\n');
    context.writeResults('cpu-profile', { seconds: SECONDS, connections: CONNECTIONS, requests, cpuMsPerRequest: perRequest, profiles }, markdown);
    console.log(`\n${markdown}`);
  },
};

export default cpuProfileBenchmark;
