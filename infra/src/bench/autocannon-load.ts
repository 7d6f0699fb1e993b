import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  requests: number;
}

/** A fixed number of connections posting one GraphQL request for a fixed time. */
export async function postLoad(url: string, token: string, body: string, connections: number, seconds: number): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    // autocannon reports p97.5 and p99; p95 lies between p90 and p97.5.
    p95Ms: (result.latency as unknown as Record<string, number>).p95 ?? result.latency.p97_5,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used so far, in milliseconds; Linux only. */
export function cpuMilliseconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may contain spaces; the fields after it are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** Runs `work` and answers the CPU milliseconds each named process spent meanwhile. */
export async function measureCpu<T>(pids: Record<string, number>, work: () => Promise<T>): Promise<{ result: T; cpuMs: Record<string, number> }> {
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMilliseconds(pid)]));
  const result = await work();
  const cpuMs = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMilliseconds(pid) - before[name]]));
  return { result, cpuMs };
}
