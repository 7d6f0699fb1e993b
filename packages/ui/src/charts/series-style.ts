/**
 * How each series is told apart besides its colour: a dash style and point shape for
 * lines, a fill pattern for bars. Index 0 is the first series; styles repeat after four.
 */
export const MAX_DISTINCT_SERIES = 4;

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';
export type FillPattern = 'solid' | 'diagonal' | 'dots' | 'cross';

const DASHES = [undefined, '8 4', '2 4', '10 4 2 4'] as const;
const MARKERS: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond'];
const PATTERNS: readonly FillPattern[] = ['solid', 'diagonal', 'dots', 'cross'];

export interface SeriesStyle {
  /** `tk-series-N`: sets the colour token for everything the series draws. */
  className: string;
  dash: string | undefined;
  marker: MarkerShape;
  pattern: FillPattern;
}

export function seriesStyle(index: number): SeriesStyle {
  const slot = index % MAX_DISTINCT_SERIES;
  return { className: `tk-series-${slot + 1}`, dash: DASHES[slot], marker: MARKERS[slot], pattern: PATTERNS[slot] };
}
