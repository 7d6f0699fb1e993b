/** Pure geometry for the charts: scales, ticks, paths and shaded regions. */

export type Point = readonly [x: number, y: number];

export type LinearScale = (value: number) => number;

/**
 * Maps the domain linearly onto the range; a zero-width domain maps to the range's middle.
 * Results are rounded to 1/100 so the SVG markup stays short.
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d0 === d1) return () => round((r0 + r1) / 2);
  const ratio = (r1 - r0) / (d1 - d0);
  return (value) => round(r0 + (value - d0) * ratio);
}

/** Smallest and largest of the values, skipping gaps; undefined when there are none. */
export function extent(values: Iterable<number | null | undefined>): [number, number] | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value === null || value === undefined || Number.isNaN(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min === Infinity ? undefined : [min, max];
}

/** A 1, 2, 2.5 or 5 times a power of ten step that splits `span` into about `count` parts. */
export function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * Round tick values that cover [min, max], starting at or below min and ending at or
 * above max, so the axis reads `0, 2, 4, 6, 8, 10` rather than `0.7, 2.9, …`.
 */
export function niceTicks(min: number, max: number, count = 5, minStep = 0): number[] {
  if (min > max) [min, max] = [max, min];
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) / 2;
    return niceTicks(min - pad, max + pad, count, minStep);
  }
  const step = Math.max(niceStep(max - min, count), minStep);
  const first = Math.floor(min / step) * step;
  const last = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  // Rounding each tick to the step's precision keeps 0.1 + 0.2 from printing as 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let index = 0; first + index * step <= last + step / 2; index += 1) {
    ticks.push(Number((first + index * step).toFixed(decimals)));
  }
  return ticks;
}

export interface BandScale {
  /** Left edge of the band for the category at `index`. */
  start: (index: number) => number;
  /** Width of each band. */
  bandwidth: number;
}

/** Splits the range into `count` equal bands with `padding` (0–1 of each slot) left empty around them. */
export function bandScale(count: number, range: readonly [number, number], padding = 0.2): BandScale {
  const [r0, r1] = range;
  const slot = count > 0 ? (r1 - r0) / count : 0;
  const bandwidth = slot * (1 - padding);
  return { start: (index) => r0 + index * slot + (slot - bandwidth) / 2, bandwidth };
}

/** An SVG path through the points; a `null` leaves a gap instead of drawing across missing data. */
export function linePath(points: ReadonlyArray<Point | null>): string {
  let path = '';
  let drawing = false;
  for (const point of points) {
    if (!point) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'}${round(point[0])},${round(point[1])}`;
    drawing = true;
  }
  return path;
}

/** Closed polygon path. */
export function polygonPath(points: readonly Point[]): string {
  return points.length ? `${linePath(points)}Z` : '';
}

/**
 * The regions where series `a` lies above series `b`, as polygons in data space
 * (x = index, fractional where the lines cross). Each polygon runs along `a` from left
 * to right and back along `b`. A gap in either series ends the region.
 */
export function regionsAbove(a: ReadonlyArray<number | null>, b: ReadonlyArray<number | null>): Point[][] {
  const regions: Point[][] = [];
  let top: Point[] = [];
  let bottom: Point[] = [];
  const close = () => {
    if (top.length > 1) regions.push([...top, ...bottom.reverse()]);
    top = [];
    bottom = [];
  };
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const ai = a[index];
    const bi = b[index];
    if (ai === null || bi === null) {
      close();
      continue;
    }
    if (ai > bi) {
      top.push([index, ai]);
      bottom.push([index, bi]);
    }
    const an = a[index + 1];
    const bn = b[index + 1];
    if (index + 1 >= length || an === null || an === undefined || bn === null || bn === undefined) continue;
    const here = ai - bi;
    const next = an - bn;
    if (here > 0 !== next > 0) {
      const t = here / (here - next);
      const crossing: Point = [index + t, ai + t * (an - ai)];
      top.push(crossing);
      if (here > 0) close();
    }
  }
  close();
  return regions;
}

/** For each category, the [bottom, top] of every series stacked in order. */
export function stack(series: ReadonlyArray<ReadonlyArray<number>>, categories: number): Array<Array<[number, number]>> {
  return Array.from({ length: categories }, (_, category) => {
    let base = 0;
    return series.map((values) => {
      const bottom = base;
      base += values[category] ?? 0;
      return [bottom, base];
    });
  });
}

/**
 * Moves label positions (e.g. direct labels at the end of lines) at least `gap` apart,
 * keeping their order and staying within `bounds`. Returns them in the input order.
 */
export function spreadLabels(positions: readonly number[], gap: number, bounds: readonly [number, number]): number[] {
  const order = positions.map((_, index) => index).sort((a, b) => positions[a] - positions[b]);
  const placed = order.map((index) => positions[index]);
  for (let i = 1; i < placed.length; i += 1) placed[i] = Math.max(placed[i], placed[i - 1] + gap);
  if (placed.length) placed[placed.length - 1] = Math.min(placed[placed.length - 1], bounds[1]);
  for (let i = placed.length - 2; i >= 0; i -= 1) placed[i] = Math.min(placed[i], placed[i + 1] - gap);
  if (placed.length) placed[0] = Math.max(placed[0], bounds[0]);
  const result: number[] = [];
  order.forEach((index, rank) => {
    result[index] = placed[rank];
  });
  return result;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
