import { performance } from 'node:perf_hooks';

export interface Timing {
  label: string;
  medianMs: number;
  p90Ms: number;
}

async function post(gatewayUrl: string, token: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`Benchmark query failed: ${body.errors[0].message}`);
  return body.data;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** Runs a query `rounds` times after a warm-up; the median is what we compare. */
export async function time(gatewayUrl: string, token: string, label: string, query: string, variables?: Record<string, unknown>, rounds = 25): Promise<Timing> {
  for (let i = 0; i < 3; i += 1) await post(gatewayUrl, token, query, variables);
  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const started = performance.now();
    await post(gatewayUrl, token, query, variables);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { label, medianMs: quantile(samples, 0.5), p90Ms: quantile(samples, 0.9) };
}

export { post as graphqlPost };
