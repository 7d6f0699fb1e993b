/** What a set of timings (or any samples) comes to: its median and its tail. */
export interface Summary {
  count: number;
  min: number;
  median: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
}

/** The nearest-rank percentile (q from 0 to 1) of samples; the samples need not be sorted. */
export function percentile(samples: readonly number[], q: number): number {
  if (!samples.length) throw new Error('No samples to take a percentile of.');
  if (q < 0 || q > 1) throw new Error(`A percentile is between 0 and 1, not ${q}.`);
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

/** The middle sample; between the two middle ones for an even count. */
export function median(samples: readonly number[]): number {
  if (!samples.length) throw new Error('No samples to take a median of.');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function summarize(samples: readonly number[]): Summary {
  return {
    count: samples.length,
    min: Math.min(...samples),
    median: median(samples),
    p90: percentile(samples, 0.9),
    p95: percentile(samples, 0.95),
    p99: percentile(samples, 0.99),
    max: Math.max(...samples),
  };
}

/** A ratio as the tables print it: two decimals and a times sign. */
export const ratio = (value: number, baseline: number): string => `${(value / baseline).toFixed(2)}×`;
