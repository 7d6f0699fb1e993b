import { performance } from 'node:perf_hooks';
import { summarize, type Summary } from './stats.js';

export interface LoadResult {
  requests: number;
  errors: number;
  perSecond: number;
  latencyMs: Summary;
}

/** `connections` clients posting one query back to back for `seconds`; every answer is checked for errors. */
export async function runLoad(gatewayUrl: string, token: string, query: string, connections: number, seconds: number): Promise<LoadResult> {
  const body = JSON.stringify({ query });
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  const client = async () => {
    while (performance.now() < until) {
      const sent = performance.now();
      try {
        const response = await fetch(`${gatewayUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
        });
        const answer = (await response.json()) as { errors?: unknown[] };
        if (!response.ok || answer.errors?.length) errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  const elapsed = (performance.now() - started) / 1000;
  return { requests: latencies.length, errors, perSecond: latencies.length / elapsed, latencyMs: summarize(latencies) };
}
