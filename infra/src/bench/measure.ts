import { performance } from 'node:perf_hooks';
import { summarize, type Summary } from './stats.js';

export interface Timing extends Summary {
  label: string;
}

/** One GraphQL request through the gateway; an error in the answer fails the benchmark. */
export async function graphqlPost(gatewayUrl: string, token: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`Benchmark query failed: ${body.errors[0].message}`);
  return body.data;
}

/** Milliseconds an async step takes. */
export async function elapsedMs(step: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await step();
  return performance.now() - started;
}

/** Runs a step `rounds` times after a warm-up; the median is what we compare. */
export async function timeRounds(label: string, step: () => Promise<unknown>, rounds: number, warmUp = 3): Promise<Timing> {
  for (let i = 0; i < warmUp; i += 1) await step();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) samples.push(await elapsedMs(step));
  return { label, ...summarize(samples) };
}

/** A query through the gateway, timed over `rounds` runs. */
export function time(gatewayUrl: string, token: string, label: string, query: string, variables?: Record<string, unknown>, rounds = 25): Promise<Timing> {
  return timeRounds(label, () => graphqlPost(gatewayUrl, token, query, variables), rounds);
}

export const ms = (value: number) => value.toFixed(1);
