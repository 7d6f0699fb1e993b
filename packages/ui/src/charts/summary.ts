export interface SeriesStats {
  first: number;
  last: number;
  min: number;
  max: number;
  /** Index of the first maximum. */
  maxIndex: number;
  total: number;
  count: number;
}

/** Figures a summary sentence is built from, skipping gaps; undefined for a series without data. */
export function seriesStats(values: ReadonlyArray<number | null>): SeriesStats | undefined {
  let stats: SeriesStats | undefined;
  values.forEach((value, index) => {
    if (value === null) return;
    if (!stats) {
      stats = { first: value, last: value, min: value, max: value, maxIndex: index, total: value, count: 1 };
      return;
    }
    stats.last = value;
    stats.min = Math.min(stats.min, value);
    if (value > stats.max) {
      stats.max = value;
      stats.maxIndex = index;
    }
    stats.total += value;
    stats.count += 1;
  });
  return stats;
}
