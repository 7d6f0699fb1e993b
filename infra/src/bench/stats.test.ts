import { median, percentile, ratio, summarize } from './stats.js';

describe('the benchmark statistics', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 10, 1000], 10],
  ])('the median of %j is %d', (samples, expected) => {
    expect(median(samples)).toBe(expected);
  });

  it.each([
    [0.5, 50],
    [0.9, 90],
    [0.99, 99],
    [1, 100],
    [0, 1],
  ])('percentile %d of 1..100 is %d (nearest rank)', (q, expected) => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, q)).toBe(expected);
  });

  it('summarizes without changing the samples', () => {
    const samples = [30, 10, 20];
    expect(summarize(samples)).toEqual({ count: 3, min: 10, median: 20, p90: 30, p95: 30, p99: 30, max: 30 });
    expect(samples).toEqual([30, 10, 20]);
  });

  it('refuses to summarize nothing and a percentile outside 0..1', () => {
    expect(() => median([])).toThrow('No samples');
    expect(() => percentile([1], 1.5)).toThrow('between 0 and 1');
  });

  it('prints ratios with two decimals', () => {
    expect(ratio(92, 10.3)).toBe('8.93×');
  });
});
